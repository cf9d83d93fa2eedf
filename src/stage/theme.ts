// The one palette and type scale of the game, shared by the DOM panels (CSS strings) and the
// Phaser scenes (numbers). Colours come from the Okabe-Ito set, so series and states stay
// distinguishable for colour-blind players; meaning never rests on colour alone. Imports nothing.

/** Colours as CSS hex strings. */
export const COLOURS = {
  /** Page and floor background. */
  ink: '#16213a',
  inkSoft: '#3b4763',
  paper: '#fbfaf7',
  paperShade: '#eef0f4',
  floor: '#dfe3ea',
  wall: '#b9c1cf',
  line: '#c9cfda',
  /** The player's company, and primary actions. */
  player: '#0072b2',
  /** The do-nothing twin. */
  twin: '#d55e00',
  /** Truth (shown only in the debrief). */
  truth: '#16213a',
  /** What the player measured. */
  measured: '#009e73',
  /** What the company believes. */
  believed: '#cc79a7',
  /** Warnings and highlights. */
  amber: '#e69f00',
  sky: '#56b4e9',
  yellow: '#f0e442',
  good: '#009e73',
  bad: '#d55e00',
  focus: '#e69f00',
} as const;

export type ColourName = keyof typeof COLOURS;

/** A CSS hex colour as the number Phaser expects (0xRRGGBB). */
export function colourNumber(name: ColourName): number {
  return Number.parseInt(COLOURS[name].slice(1), 16);
}

export const FONTS = {
  text: "'Inter Variable', 'Segoe UI', system-ui, sans-serif",
  display: "'Rubik Variable', 'Inter Variable', 'Segoe UI', system-ui, sans-serif",
} as const;

/** The design resolution: every scene lays out in these units and the canvas scales to fit. */
export const DESIGN_WIDTH = 1280;
export const DESIGN_HEIGHT = 720;
/**
 * The tallest stage: on screens taller than 16:9 (16:10 laptops: 1280×800, 1440×900, 1920×1200)
 * the stage grows up to 1280×800 design pixels instead of leaving dark bands above and below.
 */
export const TALLEST_STAGE_HEIGHT = 800;

/** The stage height, in design pixels, that fills a window of this size best. */
export function stageHeightFor(windowWidth: number, windowHeight: number): number {
  if (!(windowWidth > 0 && windowHeight > 0)) return DESIGN_HEIGHT;
  const fill = Math.round((DESIGN_WIDTH * windowHeight) / windowWidth);
  return Math.min(TALLEST_STAGE_HEIGHT, Math.max(DESIGN_HEIGHT, fill));
}
