// Synthesises the game's sound effects and its music loop as sample arrays, encodes them as WAV
// files and measures their levels; deterministic (seeded noise, no clock). Imports only the sound
// names; touches no files (make-sounds.ts writes them).

import { SOUND_NAMES } from '../ui/sound';
import type { SoundName } from '../ui/sound';

/** Samples per second of every file: enough for soft tones, half the size of 44.1 kHz. */
export const SAMPLE_RATE = 22050;
/** The loudest sample any file may hold, as a fraction of full scale (headroom for players). */
export const PEAK_LIMIT = 0.9;
/** Loudness every effect is levelled to: K-weighted, loudest 100 ms window, dB full scale. */
export const EFFECT_LOUDNESS_DB = -20;
/** Loudness of the music loop over its whole length: well under the effects, it sits behind. */
export const MUSIC_LOUDNESS_DB = -31;

/** Every file the synthesiser writes: the effects and the music loop. */
export const SYNTH_NAMES = [...SOUND_NAMES, 'music'] as const;
export type SynthName = SoundName | 'music';

// ---------------------------------------------------------------------------------------------
// Small building blocks

/** A tiny seeded PRNG (mulberry32): the same seed gives the same noise on every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable 32-bit seed from a name (FNV-1a), so each sound has its own noise. */
function seedOf(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Frequency in Hz of a MIDI note number (69 = A4 = 440 Hz). */
export function hz(midi: number): number {
  return 440 * 2 ** ((midi - 69) / 12);
}

/** A mono sample buffer; a looping one wraps writes past its end to its start. */
class Track {
  readonly data: Float64Array;
  constructor(
    seconds: number,
    readonly loop = false,
  ) {
    this.data = new Float64Array(Math.round(seconds * SAMPLE_RATE));
  }
  add(index: number, value: number): void {
    const n = this.data.length;
    if (this.loop) this.data[((index % n) + n) % n]! += value;
    else if (index >= 0 && index < n) this.data[index]! += value;
  }
}

type Wave = 'sine' | 'triangle' | 'square' | 'warm';

/** Harmonics (number, amplitude) of each wave, band-limited: no partial near Nyquist aliases. */
function harmonics(wave: Wave, freq: number): [number, number][] {
  const list: [number, number][] =
    wave === 'sine'
      ? [[1, 1]]
      : wave === 'warm'
        ? [
            [1, 1],
            [2, 0.22],
            [3, 0.07],
          ]
        : [1, 3, 5, 7, 9, 11].map((k) =>
            wave === 'triangle' ? [k, (k % 4 === 1 ? 1 : -1) / (k * k)] : [k, 1 / k],
          );
  return list.filter(([k]) => k * freq < SAMPLE_RATE * 0.42);
}

interface Note {
  /** Start, seconds from the start of the track. */
  at: number;
  freq: number;
  /** How long the note is held before its release starts, seconds. */
  hold: number;
  gain: number;
  wave?: Wave;
  /** Rise time, seconds (a smooth sine-squared ramp, so no click at the start). */
  attack?: number;
  /** Time constant of the exponential decay after the attack, seconds; none = sustain. */
  decay?: number;
  /** Fade-out after `hold`, seconds. */
  release?: number;
  /** Exponential pitch glide to `ratio` × freq over `time` seconds. */
  glide?: { ratio: number; time: number };
  vibrato?: { rate: number; cents: number; delay: number };
  /** Phase modulation by a sine at ratio × freq: `index` radians, decaying with `decay` s. */
  fm?: { ratio: number; index: number; decay?: number; followsAmp?: boolean };
}

/** Renders one note into the track: a phase-accumulating oscillator with an envelope. */
function note(track: Track, n: Note): void {
  const attack = Math.max(n.attack ?? 0.004, 1 / SAMPLE_RATE);
  const release = n.release ?? 0.05;
  const start = Math.round(n.at * SAMPLE_RATE);
  const length = Math.round((n.hold + release) * SAMPLE_RATE);
  const parts = harmonics(n.wave ?? 'sine', n.freq * Math.max(1, n.glide?.ratio ?? 1));
  const step = (2 * Math.PI) / SAMPLE_RATE;
  let phase = 0;
  let modPhase = 0;
  for (let i = 0; i < length; i++) {
    const t = i / SAMPLE_RATE;
    let amp = t < attack ? Math.sin((Math.PI / 2) * (t / attack)) ** 2 : 1;
    if (n.decay !== undefined) amp *= Math.exp(-Math.max(0, t - attack) / n.decay);
    if (t > n.hold) amp *= Math.cos((Math.PI / 2) * Math.min(1, (t - n.hold) / release)) ** 2;
    let f = n.freq;
    if (n.glide) f *= n.glide.ratio ** Math.min(1, t / n.glide.time);
    if (n.vibrato && t > n.vibrato.delay) {
      const depth = Math.min(1, (t - n.vibrato.delay) / 0.15);
      f *= 2 ** ((n.vibrato.cents * depth * Math.sin(2 * Math.PI * n.vibrato.rate * t)) / 1200);
    }
    let ph = phase;
    if (n.fm) {
      let index = n.fm.index;
      if (n.fm.decay !== undefined) index *= Math.exp(-t / n.fm.decay);
      if (n.fm.followsAmp) index *= amp;
      ph += index * Math.sin(modPhase);
      modPhase += step * f * n.fm.ratio;
    }
    let v = 0;
    for (const [k, a] of parts) v += a * Math.sin(k * ph);
    track.add(start + i, n.gain * amp * v);
    phase += step * f;
  }
}

/** An electric-piano note (two FM pairs: the warm body and a quickly fading metallic tine). */
function epiano(track: Track, at: number, midi: number, hold: number, gain: number, bright = 1) {
  const freq = hz(midi);
  // Low notes ring longer, as on a real instrument.
  const decay = 1.6 * Math.min(1.6, Math.max(0.5, 220 / freq) ** 0.5);
  note(track, {
    at,
    freq,
    hold,
    gain,
    attack: 0.003,
    decay,
    release: 0.25,
    fm: { ratio: 1, index: 1.3 * bright, decay: 0.35 },
  });
  note(track, {
    at,
    freq: freq * 2,
    hold: Math.min(hold, 0.3),
    gain: gain * 0.12 * bright,
    attack: 0.002,
    decay: 0.05,
    release: 0.05,
    fm: { ratio: 7, index: 0.8, decay: 0.03 },
  });
}

/** A soft bell: a sine with a few inharmonic partials that fade faster than the fundamental. */
function bell(track: Track, at: number, midi: number, hold: number, gain: number, decay = 0.35) {
  const freq = hz(midi);
  const partials: [number, number, number][] = [
    [1, 1, 1],
    [2.0, 0.3, 0.6],
    [2.76, 0.18, 0.35],
    [5.4, 0.06, 0.15],
  ];
  for (const [ratio, level, d] of partials) {
    if (freq * ratio > SAMPLE_RATE * 0.42) continue;
    note(track, {
      at,
      freq: freq * ratio,
      hold,
      gain: gain * level,
      attack: 0.002,
      decay: decay * d,
      release: 0.06,
    });
  }
}

/** A pad note: two slightly detuned warm oscillators with a slow swell. */
function pad(track: Track, at: number, midi: number, hold: number, gain: number, swell = 0.8) {
  for (const cents of [-5, 5]) {
    note(track, {
      at,
      freq: hz(midi) * 2 ** (cents / 1200),
      hold,
      gain: gain / 2,
      wave: 'warm',
      attack: swell,
      release: swell * 1.4,
    });
  }
}

/** RBJ biquad coefficients: [b0, b1, b2, a1, a2], normalised by a0. */
type Coefficients = [number, number, number, number, number];

function lowpass(freq: number, q: number): Coefficients {
  const w = (2 * Math.PI * freq) / SAMPLE_RATE;
  const alpha = Math.sin(w) / (2 * q);
  const c = Math.cos(w);
  const a0 = 1 + alpha;
  return [(1 - c) / 2 / a0, (1 - c) / a0, (1 - c) / 2 / a0, (-2 * c) / a0, (1 - alpha) / a0];
}

function bandpass(freq: number, q: number): Coefficients {
  const w = (2 * Math.PI * freq) / SAMPLE_RATE;
  const alpha = Math.sin(w) / (2 * q);
  const c = Math.cos(w);
  const a0 = 1 + alpha;
  return [alpha / a0, 0, -alpha / a0, (-2 * c) / a0, (1 - alpha) / a0];
}

/** A biquad filter with its state (transposed direct form II). */
class Biquad {
  private z1 = 0;
  private z2 = 0;
  constructor(public k: Coefficients) {}
  run(x: number): number {
    const [b0, b1, b2, a1, a2] = this.k;
    const y = b0 * x + this.z1;
    this.z1 = b1 * x - a1 * y + this.z2;
    this.z2 = b2 * x - a2 * y;
    return y;
  }
}

interface Noise {
  at: number;
  hold: number;
  gain: number;
  attack?: number;
  decay?: number;
  release?: number;
  filter: 'lowpass' | 'bandpass';
  /** Filter centre or cut-off sweeping from `freq` to `freqTo` over the noise, Hz. */
  freq: number;
  freqTo?: number;
  q?: number;
}

/** Filtered seeded white noise with an envelope: swooshes and the grain of a click. */
function noise(track: Track, random: () => number, n: Noise): void {
  const attack = Math.max(n.attack ?? 0.002, 1 / SAMPLE_RATE);
  const release = n.release ?? 0.02;
  const start = Math.round(n.at * SAMPLE_RATE);
  const length = Math.round((n.hold + release) * SAMPLE_RATE);
  const design = n.filter === 'lowpass' ? lowpass : bandpass;
  const filter = new Biquad(design(n.freq, n.q ?? 0.8));
  for (let i = 0; i < length; i++) {
    const t = i / SAMPLE_RATE;
    if (n.freqTo !== undefined && i % 32 === 0) {
      const f = n.freq * (n.freqTo / n.freq) ** Math.min(1, t / (n.hold + release));
      filter.k = design(f, n.q ?? 0.8);
    }
    let amp = t < attack ? Math.sin((Math.PI / 2) * (t / attack)) ** 2 : 1;
    if (n.decay !== undefined) amp *= Math.exp(-Math.max(0, t - attack) / n.decay);
    if (t > n.hold) amp *= Math.cos((Math.PI / 2) * Math.min(1, (t - n.hold) / release)) ** 2;
    track.add(start + i, n.gain * amp * filter.run(random() * 2 - 1));
  }
}

/**
 * A small Schroeder/Freeverb-style room: four damped combs in parallel, two allpasses in series.
 * On a looping track the room is run over the loop twice and the second pass kept, so the echo
 * of the loop's end sounds over its start and the seam is inaudible.
 */
function room(track: Track, wet: number, size = 0.78, damping = 0.3): void {
  const combs = [558, 594, 638, 678].map((delay) => ({
    buf: new Float64Array(delay),
    pos: 0,
    low: 0,
  }));
  const allpasses = [278, 220].map((delay) => ({ buf: new Float64Array(delay), pos: 0 }));
  const input = Float64Array.from(track.data);
  const passes = track.loop ? 2 : 1;
  for (let pass = 0; pass < passes; pass++) {
    for (let i = 0; i < input.length; i++) {
      const x = input[i]! * 0.25;
      let y = 0;
      for (const c of combs) {
        const out = c.buf[c.pos]!;
        c.low = out * (1 - damping) + c.low * damping;
        c.buf[c.pos] = x + c.low * size;
        c.pos = (c.pos + 1) % c.buf.length;
        y += out;
      }
      for (const a of allpasses) {
        const out = a.buf[a.pos]!;
        a.buf[a.pos] = y + out * 0.5;
        a.pos = (a.pos + 1) % a.buf.length;
        y = out - y;
      }
      if (pass === passes - 1) track.data[i] = input[i]! + wet * y;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The effects. Each is a short phrase in C major (so any two that overlap stay consonant),
// mid-to-high register but nothing shrill, with soft attacks and a little room.

type Recipe = (track: Track, random: () => number) => void;

interface EffectSpec {
  seconds: number;
  /** How much room to add, 0..1 (none for the dry ticks that repeat fast). */
  wet: number;
  /** Level against EFFECT_LOUDNESS_DB, dB: the sounds heard dozens of times a game sit 3 dB lower. */
  trimDb?: number;
  make: Recipe;
}

const EFFECTS: Record<SoundName, EffectSpec> = {
  // A soft, short tick: a falling high sine with a breath of band-passed noise.
  click: {
    trimDb: -3,
    seconds: 0.05,
    wet: 0,
    make: (t, random) => {
      note(t, {
        at: 0,
        freq: 1760,
        hold: 0.01,
        gain: 1,
        attack: 0.001,
        decay: 0.012,
        release: 0.03,
        glide: { ratio: 0.75, time: 0.03 },
      });
      noise(t, random, {
        at: 0,
        hold: 0.004,
        gain: 0.5,
        attack: 0.0005,
        decay: 0.004,
        release: 0.01,
        filter: 'bandpass',
        freq: 3200,
        q: 1.2,
      });
    },
  },
  // Two quick rising bell notes: G5 then C6.
  confirm: {
    seconds: 0.2,
    wet: 0.1,
    make: (t) => {
      bell(t, 0, 79, 0.05, 0.8, 0.12);
      bell(t, 0.06, 84, 0.08, 1, 0.16);
    },
  },
  // The mirror of confirm, a touch softer and lower: C6 then G5.
  back: {
    seconds: 0.18,
    wet: 0.1,
    make: (t) => {
      bell(t, 0, 84, 0.04, 0.7, 0.1);
      bell(t, 0.055, 79, 0.07, 1, 0.14);
    },
  },
  // A panel opening: a rising sine glide over a soft low-passed swoosh.
  open: {
    seconds: 0.25,
    wet: 0.1,
    make: (t, random) => {
      note(t, {
        at: 0,
        freq: hz(72),
        hold: 0.12,
        gain: 0.8,
        wave: 'triangle',
        attack: 0.02,
        decay: 0.12,
        release: 0.08,
        glide: { ratio: 1.5, time: 0.12 },
      });
      noise(t, random, {
        at: 0,
        hold: 0.1,
        gain: 0.6,
        attack: 0.04,
        release: 0.1,
        filter: 'bandpass',
        freq: 700,
        freqTo: 2600,
        q: 0.9,
      });
    },
  },
  // Full commitment: a bright rising C major arpeggio that rings together, with a high sparkle.
  full: {
    seconds: 0.65,
    wet: 0.18,
    make: (t) => {
      [72, 76, 79, 84].forEach((m, i) => epiano(t, i * 0.05, m, 0.45 - i * 0.05, 0.5, 1.4));
      bell(t, 0.2, 88, 0.25, 0.18, 0.3);
    },
  },
  // A modest positive: C5 rising to E5, mellow.
  pilot: {
    seconds: 0.35,
    wet: 0.14,
    make: (t) => {
      epiano(t, 0, 72, 0.09, 0.7);
      epiano(t, 0.09, 76, 0.18, 0.8);
    },
  },
  // Ambiguous: the same note twice, the second sagging a little flat and fading.
  nominal: {
    seconds: 0.4,
    wet: 0.14,
    make: (t) => {
      note(t, { at: 0, freq: hz(74), hold: 0.08, gain: 0.8, wave: 'triangle', decay: 0.2 });
      note(t, {
        at: 0.12,
        freq: hz(74),
        hold: 0.16,
        gain: 0.75,
        wave: 'triangle',
        decay: 0.25,
        release: 0.1,
        glide: { ratio: 2 ** (-45 / 1200), time: 0.22 },
      });
    },
  },
  // A soft "no": an A minor arpeggio stepping down, E5 C5 A4.
  refused: {
    seconds: 0.5,
    wet: 0.14,
    make: (t) => {
      [76, 72, 69].forEach((m, i) =>
        note(t, {
          at: i * 0.11,
          freq: hz(m),
          hold: i === 2 ? 0.22 : 0.1,
          gain: 0.8,
          wave: 'triangle',
          attack: 0.008,
          decay: i === 2 ? 0.25 : 0.15,
          release: 0.08,
        }),
      );
    },
  },
  // An attention chime: two bell tones, B5 then E6, like a quiet desk bell.
  event: {
    seconds: 0.5,
    wet: 0.18,
    make: (t) => {
      bell(t, 0, 83, 0.12, 0.8, 0.3);
      bell(t, 0.12, 88, 0.26, 0.8, 0.4);
    },
  },
  // A short cadence: F, G, then C major held (IV - V - I) on the electric piano.
  'quarter-end': {
    seconds: 0.7,
    wet: 0.16,
    make: (t) => {
      const chords = [
        [65, 69, 72],
        [67, 71, 74],
        [64, 67, 72, 60],
      ];
      chords.forEach((chord, i) => {
        const at = i * 0.16;
        const hold = i === 2 ? 0.25 : 0.13;
        for (const m of chord) epiano(t, at, m, hold, 0.32);
      });
    },
  },
  // A light tick for each customer won: a tiny high bell. Dry: it repeats fast.
  won: {
    trimDb: -3,
    seconds: 0.06,
    wet: 0,
    make: (t) => {
      note(t, {
        at: 0,
        freq: hz(98),
        hold: 0.01,
        gain: 1,
        attack: 0.001,
        decay: 0.014,
        release: 0.04,
      });
      note(t, {
        at: 0,
        freq: hz(98) * 2,
        hold: 0.005,
        gain: 0.2,
        attack: 0.001,
        decay: 0.006,
        release: 0.02,
      });
    },
  },
  // A low soft tick for each customer lost: a short falling sine, no edge.
  lost: {
    trimDb: -3,
    seconds: 0.08,
    wet: 0,
    make: (t) => {
      note(t, {
        at: 0,
        freq: hz(67),
        hold: 0.02,
        gain: 1,
        wave: 'warm',
        attack: 0.002,
        decay: 0.025,
        release: 0.05,
        glide: { ratio: 0.84, time: 0.05 },
      });
    },
  },
  // A small fanfare: a soft brass-like rising C major figure landing on a held chord.
  'year-review': {
    seconds: 0.8,
    wet: 0.18,
    make: (t) => {
      const brass = (at: number, m: number, hold: number, gain: number) =>
        note(t, {
          at,
          freq: hz(m),
          hold,
          gain,
          attack: 0.025,
          decay: 0.6,
          release: 0.12,
          fm: { ratio: 1, index: 1.6, followsAmp: true },
          vibrato: { rate: 5.5, cents: 8, delay: 0.2 },
        });
      brass(0, 67, 0.06, 0.5);
      brass(0.09, 72, 0.06, 0.5);
      brass(0.18, 76, 0.06, 0.5);
      for (const m of [72, 76, 79]) brass(0.29, m, 0.35, 0.3);
      bell(t, 0.29, 84, 0.3, 0.12, 0.3);
    },
  },
  // A warm resolving chord: C sus4 whose F falls to E, over a low C.
  debrief: {
    seconds: 0.8,
    wet: 0.2,
    make: (t) => {
      pad(t, 0, 48, 0.45, 0.35, 0.06);
      pad(t, 0, 60, 0.45, 0.3, 0.06);
      pad(t, 0, 67, 0.45, 0.3, 0.06);
      pad(t, 0, 65, 0.2, 0.3, 0.06);
      pad(t, 0.24, 64, 0.22, 0.34, 0.05);
      epiano(t, 0.24, 72, 0.3, 0.25);
    },
  },
  // A sad descending figure, gently: G4 F#4 F4, then E4 held with a slow vibrato.
  fired: {
    seconds: 0.75,
    wet: 0.16,
    make: (t) => {
      [67, 66, 65].forEach((m, i) =>
        note(t, {
          at: i * 0.15,
          freq: hz(m),
          hold: 0.11,
          gain: 0.8,
          wave: 'triangle',
          attack: 0.02,
          decay: 0.3,
          release: 0.04,
        }),
      );
      note(t, {
        at: 0.45,
        freq: hz(64),
        hold: 0.18,
        gain: 0.85,
        wave: 'triangle',
        attack: 0.02,
        decay: 0.35,
        release: 0.1,
        vibrato: { rate: 4.5, cents: 25, delay: 0.05 },
        glide: { ratio: 2 ** (-30 / 1200), time: 0.25 },
      });
    },
  },
  // A gentle buzz: two short pulses of a low, rounded square with a slow beat.
  error: {
    seconds: 0.25,
    wet: 0.05,
    make: (t) => {
      for (const at of [0, 0.13]) {
        for (const freq of [hz(55), hz(55) * 1.012]) {
          note(t, {
            at,
            freq,
            hold: 0.06,
            gain: 0.5,
            wave: 'square',
            attack: 0.006,
            release: 0.025,
          });
        }
      }
    },
  },
};

// ---------------------------------------------------------------------------------------------
// The music loop: 8 bars at 80 bpm (24 s), D major, electric piano over a pad and a soft bass.

const BPM = 80;
const BEAT = 60 / BPM;
const BAR = 4 * BEAT;
const MUSIC_BARS = 8;

/** Chords, two bars each: bass note and pad voicing (MIDI), chosen for smooth voice leading. */
const PROGRESSION: { bass: number; voicing: number[] }[] = [
  { bass: 38, voicing: [54, 57, 61, 64] }, // Dmaj9
  { bass: 47, voicing: [54, 57, 61, 62] }, // Bm9
  { bass: 43, voicing: [54, 57, 59, 62] }, // Gmaj9
  { bass: 45, voicing: [55, 57, 62, 64] }, // A7sus4 (turns to A7 in its last bar, below)
];

/** Electric-piano figure per bar: [eighth-note slot, index into the voicing + 12 semitones]. */
const FIGURES: [number, number][][] = [
  [
    [0, 0],
    [2, 2],
    [3, 1],
    [5, 3],
    [6, 2],
  ],
  [
    [1, 1],
    [3, 3],
    [4, 2],
    [6, 1],
  ],
];

function renderMusic(random: () => number): Track {
  const track = new Track(MUSIC_BARS * BAR, true);
  PROGRESSION.forEach((chord, c) => {
    const at = c * 2 * BAR;
    for (let bar = 0; bar < 2; bar++) {
      const barStart = at + bar * BAR;
      // The sus4 resolves to A7 in its last bar, leading back to D at the loop's start.
      const voicing = c === 3 && bar === 1 ? [55, 57, 61, 64] : chord.voicing;
      // The pad holds each chord through both its bars; only the sus4 bar and the A7 bar differ.
      if (bar === 0 || c === 3) {
        const hold = (c === 3 ? BAR : 2 * BAR) - 0.3;
        for (const m of voicing) pad(track, barStart, m, hold, 0.075, 0.9);
      }
      note(track, {
        at: barStart,
        freq: hz(chord.bass),
        hold: bar === 0 ? BAR * 0.9 : BAR * 0.45,
        gain: 0.16,
        wave: 'warm',
        attack: 0.03,
        decay: 1.6,
        release: 0.4,
      });
      if (bar === 1) {
        note(track, {
          at: barStart + BAR * 0.5 + BEAT,
          freq: hz(chord.bass + 12),
          hold: BEAT,
          gain: 0.1,
          wave: 'warm',
          attack: 0.03,
          decay: 1,
          release: 0.3,
        });
      }
      // The second half of the loop plays the other figure, so the two halves answer each other.
      const figure = FIGURES[(bar + (c >= 2 ? 1 : 0)) % 2]!;
      figure.forEach(([slot, idx], i) => {
        const next = figure[i + 1]?.[0] ?? 8;
        const m = voicing[idx]! + 12;
        const velocity = 0.85 + 0.15 * random();
        epiano(
          track,
          barStart + slot * (BEAT / 2),
          m,
          (next - slot) * (BEAT / 2) + 0.2,
          0.2 * velocity,
        );
      });
    }
  });
  room(track, 0.35, 0.82, 0.35);
  return track;
}

// ---------------------------------------------------------------------------------------------
// Levels

/** ITU-R BS.1770 K-weighting (a high shelf and a high-pass) designed for SAMPLE_RATE. */
function kWeighting(): [Biquad, Biquad] {
  const fs = SAMPLE_RATE;
  let k = Math.tan((Math.PI * 1681.974450955533) / fs);
  const q1 = 0.7071752369554196;
  const vh = 10 ** (3.999843853973347 / 20);
  const vb = vh ** 0.4996667741545416;
  let a0 = 1 + k / q1 + k * k;
  const shelf = new Biquad([
    (vh + (vb * k) / q1 + k * k) / a0,
    (2 * (k * k - vh)) / a0,
    (vh - (vb * k) / q1 + k * k) / a0,
    (2 * (k * k - 1)) / a0,
    (1 - k / q1 + k * k) / a0,
  ]);
  k = Math.tan((Math.PI * 38.13547087602444) / fs);
  const q2 = 0.5003270373238773;
  a0 = 1 + k / q2 + k * k;
  const highpass = new Biquad([1, -2, 1, (2 * (k * k - 1)) / a0, (1 - k / q2 + k * k) / a0]);
  return [shelf, highpass];
}

function db(power: number): number {
  return power > 0 ? 10 * Math.log10(power) : -Infinity;
}

/** The levels of a sound, for levelling and for the listen-check report. */
export interface Levels {
  seconds: number;
  /** Largest absolute sample, 0..1 of full scale. */
  peak: number;
  peakDb: number;
  /** Plain RMS over the whole file, dB full scale. */
  rmsDb: number;
  /** K-weighted mean power over the loudest 100 ms window (zero-padded), dB full scale. */
  loudestDb: number;
  /** K-weighted mean power over the whole file, dB full scale. */
  averageDb: number;
}

/** Measures a sound. Short sounds are padded to the 100 ms window: a 50 ms tick counts softer. */
export function measure(samples: ArrayLike<number>): Levels {
  const n = samples.length;
  const [shelf, highpass] = kWeighting();
  const weighted = new Float64Array(n);
  let peak = 0;
  let sum = 0;
  let weightedSum = 0;
  for (let i = 0; i < n; i++) {
    const x = samples[i]!;
    peak = Math.max(peak, Math.abs(x));
    sum += x * x;
    const w = highpass.run(shelf.run(x));
    weighted[i] = w * w;
    weightedSum += w * w;
  }
  const window = Math.round(0.1 * SAMPLE_RATE);
  const hop = Math.round(0.01 * SAMPLE_RATE);
  let loudest = 0;
  for (let start = 0; start === 0 || start + window <= n; start += hop) {
    let s = 0;
    for (let i = start; i < Math.min(n, start + window); i++) s += weighted[i]!;
    loudest = Math.max(loudest, s / window);
  }
  return {
    seconds: n / SAMPLE_RATE,
    peak,
    peakDb: 20 * Math.log10(Math.max(peak, 1e-12)),
    rmsDb: db(sum / Math.max(1, n)),
    loudestDb: db(loudest),
    averageDb: db(weightedSum / Math.max(1, n)),
  };
}

// ---------------------------------------------------------------------------------------------
// Rendering and encoding

/** Scales samples to a loudness, then down again if the peak would pass PEAK_LIMIT. */
function level(data: Float64Array, currentDb: number, targetDb: number): void {
  let gain = 10 ** ((targetDb - currentDb) / 20);
  let peak = 0;
  for (const x of data) peak = Math.max(peak, Math.abs(x));
  if (peak * gain > PEAK_LIMIT) gain = PEAK_LIMIT / peak;
  for (let i = 0; i < data.length; i++) data[i]! *= gain;
}

/** Renders one file's samples (-1..1), levelled and ready to encode. Deterministic. */
export function renderSound(name: SynthName): Float32Array {
  const random = mulberry32(seedOf(name));
  let data: Float64Array;
  if (name === 'music') {
    data = renderMusic(random).data;
    level(data, measure(data).averageDb, MUSIC_LOUDNESS_DB);
  } else {
    const spec = EFFECTS[name];
    const track = new Track(spec.seconds);
    spec.make(track, random);
    if (spec.wet > 0) room(track, spec.wet);
    data = track.data;
    // A short fade at the end, so a cut-off room tail never ends in a click.
    const fade = Math.min(Math.round(0.03 * SAMPLE_RATE), Math.floor(data.length / 4));
    for (let i = 0; i < fade; i++) {
      data[data.length - 1 - i]! *= Math.sin((Math.PI / 2) * (i / fade)) ** 2;
    }
    level(data, measure(data).loudestDb, EFFECT_LOUDNESS_DB + (spec.trimDb ?? 0));
  }
  return Float32Array.from(data);
}

const HEADER_BYTES = 44;

/** Encodes mono samples (-1..1, clamped) as a 16-bit PCM WAV file with a plain RIFF header. */
export function encodeWav(samples: ArrayLike<number>, sampleRate = SAMPLE_RATE): Uint8Array {
  const dataBytes = samples.length * 2;
  const bytes = new Uint8Array(HEADER_BYTES + dataBytes);
  const view = new DataView(bytes.buffer);
  const text = (offset: number, s: string) => {
    for (let i = 0; i < s.length; i++) view.setUint8(offset + i, s.charCodeAt(i));
  };
  text(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true); // size of the fmt chunk
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true); // bytes per second
  view.setUint16(32, 2, true); // bytes per sample frame
  view.setUint16(34, 16, true); // bits per sample
  text(36, 'data');
  view.setUint32(40, dataBytes, true);
  for (let i = 0; i < samples.length; i++) {
    const x = Math.max(-1, Math.min(1, samples[i]!));
    view.setInt16(HEADER_BYTES + i * 2, Math.round(x * 32767), true);
  }
  return bytes;
}

/** A decoded WAV file: its format and its samples scaled to -1..1. */
export interface DecodedWav {
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
  samples: Float32Array;
}

/** Reads back a 16-bit PCM WAV file as encodeWav writes it; throws on anything else. */
export function decodeWav(bytes: Uint8Array): DecodedWav {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = (offset: number) =>
    String.fromCharCode(...Array.from(bytes.subarray(offset, offset + 4)));
  if (bytes.length < HEADER_BYTES || text(0) !== 'RIFF' || text(8) !== 'WAVE') {
    throw new Error('not a RIFF/WAVE file');
  }
  if (view.getUint32(4, true) !== bytes.length - 8) throw new Error('RIFF size is wrong');
  if (text(12) !== 'fmt ' || view.getUint32(16, true) !== 16 || view.getUint16(20, true) !== 1) {
    throw new Error('not plain PCM');
  }
  const channels = view.getUint16(22, true);
  const sampleRate = view.getUint32(24, true);
  const bitsPerSample = view.getUint16(34, true);
  if (bitsPerSample !== 16) throw new Error('not 16-bit');
  if (view.getUint32(28, true) !== sampleRate * channels * 2) throw new Error('byte rate is wrong');
  if (view.getUint16(32, true) !== channels * 2) throw new Error('block align is wrong');
  if (text(36) !== 'data' || view.getUint32(40, true) !== bytes.length - HEADER_BYTES) {
    throw new Error('data chunk size is wrong');
  }
  const samples = new Float32Array((bytes.length - HEADER_BYTES) / 2);
  for (let i = 0; i < samples.length; i++) {
    samples[i] = view.getInt16(HEADER_BYTES + i * 2, true) / 32767;
  }
  return { sampleRate, channels, bitsPerSample, samples };
}
