// Where things sit inside a room card (room-local design pixels): wall, portrait, desk and the
// info rows. Shared by the room painter and the live room card so they always line up. Pure:
// imports the layout's Rect type only.

import type { Rect } from '../../../stage/floor-layout';

/** A room's inner layout, from its rectangle, its kind and the text size. */
export interface RoomGeometry {
  readonly w: number;
  readonly h: number;
  /** Height of the back wall; the info panel starts below it. */
  readonly wallH: number;
  /** Portrait side (even, so the 2:1 texture lands on whole pixels). */
  readonly portrait: number;
  readonly portraitTop: number;
  /** The desk's top surface. */
  readonly deskTop: number;
  readonly deskWidth: number;
  /** Centre lines of the info rows. */
  readonly nameY: number;
  readonly subY: number;
  readonly meterY: number;
  readonly loadY: number;
  /** Left edge and width of the bars. */
  readonly barX: number;
  readonly barW: number;
}

/** A room's geometry: `executive` for the CEO's office, `textScale` from the Text size setting. */
export function roomGeometry(rect: Rect, executive = false, textScale = 1): RoomGeometry {
  const w = rect.width;
  const h = rect.height;
  // Larger text needs taller info rows under the wall: the wall gives way, never the rows.
  const s = textScale;
  const wallH = Math.round(Math.min(h * 0.56, h - 112 * s));
  // A shorter wall (larger text) takes a smaller portrait, so the face keeps clear of the top.
  const portrait = Math.min(112, Math.floor((w * 0.5) / 2) * 2, Math.floor((wallH - 34) / 2) * 2);
  const deskTop = wallH - 30;
  // "Support" is a longer label than "Trust".
  const barX = executive ? 84 : 66;
  return {
    w,
    h,
    wallH,
    portrait,
    portraitTop: deskTop + 16 - portrait,
    deskTop,
    deskWidth: Math.min(w - 36, portrait + 96),
    nameY: Math.round(wallH + 19 * s),
    subY: Math.round(wallH + 40 * s),
    meterY: Math.round(wallH + 65 * s),
    loadY: Math.round(wallH + 91 * s),
    barX,
    barW: w - barX - 48,
  };
}
