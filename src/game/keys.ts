// The names Phaser knows things by: scene keys and generated texture keys, in one place so scenes
// never spell them twice. Imports nothing (no Phaser).

/** Scene keys. */
export const SCENES = {
  boot: 'Boot',
  preloader: 'Preloader',
  backdrop: 'Backdrop',
  office: 'Office',
} as const;

/** Keys of the textures the Preloader paints (all drawn in code, at TEXTURE_SCALE). */
export const TEXTURES = {
  /**
   * A small customer, in four looks: won, lost (could have been kept), lost (beyond control), and
   * lost for reasons nobody measured.
   */
  figureWon: 'figure-won',
  figureLostControllable: 'figure-lost-controllable',
  figureLostUncontrollable: 'figure-lost-uncontrollable',
  figureLostUnknown: 'figure-lost-unknown',
  /** Staff walking the corridor and customers on the street in the backdrop. */
  walkerA: 'walker-a',
  walkerB: 'walker-b',
  walkerC: 'walker-c',
  /** Mood markers: a distinct shape per mood, so colour is never the only cue. */
  moodHostile: 'mood-hostile',
  moodWary: 'mood-wary',
  moodNeutral: 'mood-neutral',
  moodFriendly: 'mood-friendly',
  moodAlly: 'mood-ally',
  crown: 'crown',
  plant: 'plant',
  plantTall: 'plant-tall',
  cloud: 'cloud',
  /** One lit window of the backdrop's buildings (tinted and faded to twinkle). */
  windowGlow: 'window-glow',
  /** Backdrop layers: sky with the city skyline, company building, street. */
  sky: 'backdrop-sky',
  headquarters: 'backdrop-headquarters',
  street: 'backdrop-street',
  tree: 'tree',
  car: 'car',
  lamp: 'lamp',
  /** A storefront for a customer segment in the resolution animation. */
  storefront: 'storefront',
} as const;

/** Dynamic texture key prefixes (a suffix names the instance). */
export const TEXTURE_PREFIX = {
  /** The painted floor for one layout: `floor-<columns>`. */
  floor: 'floor-',
  /** A leader's portrait in one mood: `portrait-<params>-<mood>`. */
  portrait: 'portrait-',
  /** The desk and props in front of a leader: `desk-<width>-<variant>`. */
  desk: 'desk-',
  /** A picture of a part of the scene held still (`still-floor`: the floor under the results). */
  still: 'still-',
} as const;

/**
 * Generated textures are painted at this multiple of their design size and shown at half size:
 * sharp when the camera zooms into a room, and an exact 2:1 step down (clean bilinear filtering,
 * no mipmaps needed) at rest.
 */
export const TEXTURE_SCALE = 2;
