// How chart ink looks, shared by every drawing module: text sizes, line width, dash patterns, and
// how numbers are written when the caller brings no format. Imports only the chart types.

import type { DashStyle } from './spec';

/** Text sizes in design pixels: readable from the back of a room at 1280×720. */
export const AXIS_TEXT = 15;
export const LABEL_TEXT = 16;
export const MARKER_TEXT = 14;
export const LINE_WIDTH = 3.5;

export const DASH_ARRAYS: Record<DashStyle, string | null> = {
  solid: null,
  // Long dashes and round dots stay distinct even where lines are short between two points.
  dashed: '12 7',
  dotted: '0.1 8',
};

const defaultNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
/** Numbers when the spec brings no format: en-GB, at most one decimal. */
export const defaultFormat = (n: number): string => defaultNumber.format(n);
