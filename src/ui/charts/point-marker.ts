// The point markers (circle, square, triangle) that tell series apart without colour, on the data
// and in the end labels' keys. Imports only the element helpers and the chart types.

import { svg } from './elements';
import type { MarkerShape } from './spec';

/** Draws a marker of `shape` centred on (x, y) with a white halo; 'none' draws nothing. */
export function drawMarker(
  shape: MarkerShape,
  x: number,
  y: number,
  colour: string,
  parent: Element,
  size = 5.5,
): SVGElement | null {
  // The halo keeps a marker readable where it sits on another series' line.
  const halo = { stroke: '#ffffff', 'stroke-width': 2 };
  switch (shape) {
    case 'circle':
      return svg('circle', { cx: x, cy: y, r: size, fill: colour, ...halo }, parent);
    case 'square':
      return svg(
        'rect',
        { x: x - size, y: y - size, width: size * 2, height: size * 2, fill: colour, ...halo },
        parent,
      );
    case 'triangle': {
      // A little larger than the others: a triangle of the same width looks smaller.
      const s = size * 1.3;
      const points = `${x},${y - s} ${x + s},${y + s * 0.8} ${x - s},${y + s * 0.8}`;
      return svg('polygon', { points, fill: colour, ...halo }, parent);
    }
    case 'none':
      return null;
  }
}
