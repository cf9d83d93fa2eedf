// The office floor's layers, back to front: one table so objects made in different modules stack
// the same way. Imports nothing.

/** Display depths of the office scene's layers. */
export const OFFICE_DEPTH = {
  floor: 0,
  walkers: 5,
  rooms: 10,
  /** The focus ring; the power core's tab sits one above it. */
  focus: 30,
  veil: 40,
  lanes: 50,
} as const;
