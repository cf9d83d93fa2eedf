// Tests the sound synthesiser behind src/cli/make-sounds.ts: valid WAV files, durations, levels,
// no clipping, a seamless music loop, determinism, and that the committed files are up to date.
// Imports the synthesiser and node:fs only.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  EFFECT_LOUDNESS_DB,
  SAMPLE_RATE,
  SYNTH_NAMES,
  decodeWav,
  encodeWav,
  measure,
  mulberry32,
  renderSound,
} from '../../src/cli/sound-synth';
import type { SynthName } from '../../src/cli/sound-synth';
import { SOUND_NAMES } from '../../src/ui/sound';

const SOUND_DIR = join(import.meta.dirname, '../../assets/sounds');

const rendered = new Map<SynthName, Float32Array>();
const encoded = new Map<SynthName, Uint8Array>();

beforeAll(() => {
  for (const name of SYNTH_NAMES) {
    const samples = renderSound(name);
    rendered.set(name, samples);
    encoded.set(name, encodeWav(samples));
  }
});

function samplesOf(name: SynthName): Float32Array {
  return rendered.get(name)!;
}

describe('WAV encoding', () => {
  it('writes a 44-byte RIFF header for mono 22050 Hz 16-bit PCM', () => {
    for (const name of SYNTH_NAMES) {
      const bytes = encoded.get(name)!;
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const ascii = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
      expect(ascii(0)).toBe('RIFF');
      expect(view.getUint32(4, true)).toBe(bytes.length - 8);
      expect(ascii(8)).toBe('WAVE');
      expect(ascii(12)).toBe('fmt ');
      expect(view.getUint32(16, true)).toBe(16);
      expect(view.getUint16(20, true)).toBe(1); // PCM
      expect(view.getUint16(22, true)).toBe(1); // mono
      expect(view.getUint32(24, true)).toBe(22050);
      expect(view.getUint32(28, true)).toBe(44100);
      expect(view.getUint16(32, true)).toBe(2);
      expect(view.getUint16(34, true)).toBe(16);
      expect(ascii(36)).toBe('data');
      expect(view.getUint32(40, true)).toBe(bytes.length - 44);
    }
  });

  it('round-trips samples within one step of 16-bit quantisation', () => {
    const samples = samplesOf('confirm');
    const back = decodeWav(encoded.get('confirm')!);
    expect(back).toMatchObject({ sampleRate: SAMPLE_RATE, channels: 1, bitsPerSample: 16 });
    expect(back.samples).toHaveLength(samples.length);
    for (let i = 0; i < samples.length; i++) {
      expect(Math.abs(back.samples[i]! - samples[i]!)).toBeLessThanOrEqual(1 / 32767);
    }
  });

  it('clamps samples outside -1..1 and rejects files that are not its kind of WAV', () => {
    const back = decodeWav(encodeWav([2, -2, 0]));
    expect(Array.from(back.samples)).toEqual([1, -1, 0]);
    expect(() => decodeWav(new Uint8Array(10))).toThrow('not a RIFF/WAVE file');
    const bad = encodeWav([0, 0]);
    bad[34] = 8; // 8-bit
    expect(() => decodeWav(bad)).toThrow('not 16-bit');
  });
});

describe('the sounds', () => {
  it('has one file per effect plus the music loop', () => {
    expect(SYNTH_NAMES).toEqual([...SOUND_NAMES, 'music']);
  });

  it('keeps every effect between 0.05 and 1.2 s and the music between 20 and 30 s', () => {
    for (const name of SOUND_NAMES) {
      const seconds = samplesOf(name).length / SAMPLE_RATE;
      expect(seconds, name).toBeGreaterThanOrEqual(0.05);
      expect(seconds, name).toBeLessThanOrEqual(1.2);
    }
    const music = samplesOf('music').length / SAMPLE_RATE;
    expect(music).toBeGreaterThanOrEqual(20);
    expect(music).toBeLessThanOrEqual(30);
  });

  it('never clips: every peak is at most 0.95 of full scale, and nothing is silent', () => {
    for (const name of SYNTH_NAMES) {
      const { peak } = measure(decodeWav(encoded.get(name)!).samples);
      expect(peak, name).toBeLessThanOrEqual(0.95);
      expect(peak, name).toBeGreaterThan(0.05);
    }
  });

  it('levels the effects within 3.5 dB of one another and keeps the music at least 8 dB under', () => {
    const loudness = SOUND_NAMES.map((name) => measure(samplesOf(name)).loudestDb);
    for (const [i, db] of loudness.entries()) {
      expect(Math.abs(db - EFFECT_LOUDNESS_DB), SOUND_NAMES[i]).toBeLessThanOrEqual(3.5);
    }
    expect(measure(samplesOf('music')).loudestDb).toBeLessThanOrEqual(EFFECT_LOUDNESS_DB - 5);
    expect(measure(samplesOf('music')).averageDb).toBeLessThanOrEqual(EFFECT_LOUDNESS_DB - 8);
  });

  it('starts and ends every effect at (near) silence, so none begins or ends with a click', () => {
    for (const name of SOUND_NAMES) {
      const s = samplesOf(name);
      expect(Math.abs(s[0]!), name).toBeLessThan(0.02);
      expect(Math.abs(s[s.length - 1]!), name).toBeLessThan(0.002);
    }
  });

  it('loops the music seamlessly: the jump from its end to its start is an ordinary step', () => {
    const s = samplesOf('music');
    const steps = Array.from(s.subarray(1), (x, i) => Math.abs(x - s[i]!)).sort((a, b) => a - b);
    const typical = steps[Math.floor(steps.length * 0.99)]!;
    expect(Math.abs(s[0]! - s[s.length - 1]!)).toBeLessThanOrEqual(typical);
    // The loop's first and last 50 ms carry sound (a fade to silence would be a gap, not a loop).
    const window = Math.round(0.05 * SAMPLE_RATE);
    expect(measure(s.subarray(0, window)).rmsDb).toBeGreaterThan(-45);
    expect(measure(s.subarray(s.length - window)).rmsDb).toBeGreaterThan(-45);
  });

  it('fits the size budget: effects under 300 KB together, music under 1.4 MB', () => {
    const effects = SOUND_NAMES.reduce((sum, name) => sum + encoded.get(name)!.length, 0);
    expect(effects).toBeLessThan(300_000);
    expect(encoded.get('music')!.length).toBeLessThan(1_400_000);
  });

  it('is deterministic: rendering again gives the same bytes', () => {
    for (const name of ['click', 'open', 'event', 'fired'] as const) {
      expect(Buffer.from(encodeWav(renderSound(name))).equals(encoded.get(name)!), name).toBe(true);
    }
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('matches the committed files in assets/sounds (run make-sounds after changing the synth)', () => {
    for (const name of SYNTH_NAMES) {
      const committed = decodeWav(new Uint8Array(readFileSync(join(SOUND_DIR, `${name}.wav`))));
      const now = samplesOf(name);
      expect(committed.samples.length, name).toBe(now.length);
      // One quantisation step of slack, in case another Node's Math rounds a last bit apart.
      let worst = 0;
      for (let i = 0; i < now.length; i++) {
        worst = Math.max(worst, Math.abs(committed.samples[i]! - now[i]!));
      }
      expect(worst, name).toBeLessThanOrEqual(2 / 32767);
    }
  });
});

describe('measure', () => {
  it('gives -3 dB RMS and 0 dB peak for a full-scale sine', () => {
    const sine = Float32Array.from({ length: SAMPLE_RATE }, (_, i) =>
      Math.sin((2 * Math.PI * 1000 * i) / SAMPLE_RATE),
    );
    const l = measure(sine);
    expect(l.seconds).toBe(1);
    expect(l.peakDb).toBeCloseTo(0, 2);
    expect(l.rmsDb).toBeCloseTo(-3.01, 1);
    // K-weighting lifts 1 kHz by a fraction of a dB.
    expect(l.averageDb).toBeGreaterThan(-3.5);
    expect(l.averageDb).toBeLessThan(-2);
  });
});
