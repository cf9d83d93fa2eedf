// Where things sit on the office floor, in design pixels: shared by the Phaser floor (drawing) and
// the DOM (focusable buttons laid exactly over the rooms). Pure: imports nothing, no DOM, no Phaser.

/** An axis-aligned rectangle in design pixels (a 1280×720 to 1280×800 stage). */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A room on the floor. `door` is the wall that opens onto the central corridor. */
export interface RoomRect extends Rect {
  /** Silo id, or `ceo` for the CEO's office. */
  readonly id: string;
  /** 0 = top row, 1 = bottom row. */
  readonly row: number;
  readonly column: number;
  readonly door: 'top' | 'bottom';
}

export interface FloorLayout {
  /** The whole floor: x 0..896, from under the top bar (y 56) to over the action bar. */
  readonly floor: Rect;
  /** One room per silo, in the order of the ids given. */
  readonly rooms: readonly RoomRect[];
  /** The CEO's corner office (top-right). */
  readonly ceo: RoomRect;
  /** Slots left over by the grid, drawn as shared spaces (coffee corner, meeting nook). */
  readonly spare: readonly RoomRect[];
  /** The corridor between the two rows of rooms. */
  readonly corridor: Rect;
  /** Where the quarter's resolution animation plays (over the dimmed floor). */
  readonly customerLanes: Rect;
}

/** The floor rectangle of the quarter screen on a 1280×720 stage. */
export const FLOOR_RECT: Rect = { x: 0, y: 56, width: 896, height: 600 };

/**
 * The floor rectangle of the quarter screen (between top bar, dashboard and action bar) on a
 * stage of this height: a taller stage (16:10 screens) gives the rooms the extra height.
 */
export function floorRect(stageHeight: number): Rect {
  const extra = Math.max(0, Math.round(stageHeight) - 720);
  return { ...FLOOR_RECT, height: FLOOR_RECT.height + extra };
}

/** Outer margin between the floor's edge and the rooms, and gap between neighbouring rooms. */
const MARGIN = 16;
const GAP = 16;
/** Corridor height: room enough for walking figures and the door gaps. */
const CORRIDOR = 48;

/**
 * Lays the floor out as two rows of rooms with a corridor between them: silos fill the grid row
 * by row, the CEO takes the top-right corner office, and any slot left over becomes a shared
 * space. Works for any number of silos (the game uses 4..7); never throws.
 */
export function floorLayout(siloIds: readonly string[], stageHeight = 720): FloorLayout {
  const floor = floorRect(stageHeight);
  const count = siloIds.length;
  // Two rows keep every room tall enough for portrait, name plate, trust meter and load pips.
  const columns = Math.max(2, Math.ceil((count + 1) / 2));
  const innerWidth = floor.width - 2 * MARGIN - (columns - 1) * GAP;
  const roomHeight = Math.floor((floor.height - 2 * MARGIN - CORRIDOR) / 2);
  const topY = floor.y + MARGIN;
  const bottomY = topY + roomHeight + CORRIDOR;

  // Whole pixels, with the rounding remainder spread over the first columns so edges align.
  const baseWidth = Math.floor(innerWidth / columns);
  const extra = innerWidth - baseWidth * columns;
  const columnX: number[] = [];
  const columnWidth: number[] = [];
  let x = floor.x + MARGIN;
  for (let c = 0; c < columns; c += 1) {
    const w = baseWidth + (c < extra ? 1 : 0);
    columnX.push(x);
    columnWidth.push(w);
    x += w + GAP;
  }

  const slot = (id: string, row: number, column: number): RoomRect => ({
    id,
    row,
    column,
    x: columnX[column] ?? floor.x,
    y: row === 0 ? topY : bottomY,
    width: columnWidth[column] ?? baseWidth,
    height: roomHeight,
    door: row === 0 ? 'bottom' : 'top',
  });

  // Top row: columns - 1 silos then the CEO; bottom row: the rest, then spare slots.
  const rooms: RoomRect[] = [];
  const topSilos = Math.min(count, columns - 1);
  for (let i = 0; i < topSilos; i += 1) rooms.push(slot(siloIds[i] ?? '', 0, i));
  const ceo = slot('ceo', 0, columns - 1);
  const spare: RoomRect[] = [];
  for (let c = 0; c < columns; c += 1) {
    const i = topSilos + c;
    if (i < count) rooms.push(slot(siloIds[i] ?? '', 1, c));
    else spare.push(slot(`spare-${c}`, 1, c));
  }

  const corridor: Rect = {
    x: floor.x,
    y: topY + roomHeight,
    width: floor.width,
    height: CORRIDOR,
  };
  const customerLanes: Rect = {
    x: floor.x + 2 * MARGIN,
    y: floor.y + 2 * MARGIN,
    width: floor.width - 4 * MARGIN,
    height: floor.height - 4 * MARGIN,
  };
  return { floor, rooms, ceo, spare, corridor, customerLanes };
}

/** The room rectangle of a silo (or `ceo`), or null when the id is not on the floor. */
export function roomRect(layout: FloorLayout, id: string): RoomRect | null {
  if (id === 'ceo') return layout.ceo;
  return layout.rooms.find((room) => room.id === id) ?? null;
}
