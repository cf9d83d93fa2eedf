// The installed game's icon, drawn in code at build time: the favicon's design (an amber core on
// the ink disc) with a ring around the core, painted as antialiased shapes into pixels and written
// as PNG. No image files are kept in the project. Node only (zlib); imports the palette.

import { crc32, deflateSync } from 'node:zlib';
import { COLOURS } from '../stage/theme';

/** `any`: the disc on a transparent square; `maskable`: full-bleed, for the system's own mask. */
export type IconPurpose = 'any' | 'maskable';

type Rgb = readonly [number, number, number];

/** A shape's signed distance at (x, y), in icon widths: negative inside, positive outside. */
type Shape = (x: number, y: number) => number;

const disc =
  (r: number): Shape =>
  (x, y) =>
    Math.hypot(x - 0.5, y - 0.5) - r;
const ring =
  (r: number, width: number): Shape =>
  (x, y) =>
    Math.abs(Math.hypot(x - 0.5, y - 0.5) - r) - width / 2;
const everywhere: Shape = () => -1;

function rgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/**
 * The layers, bottom first. The core and ring stay inside the middle 40% radius, the safe zone
 * a maskable icon keeps under any mask (circle, squircle, rounded square).
 */
function layers(purpose: IconPurpose): [Shape, Rgb][] {
  return [
    [purpose === 'maskable' ? everywhere : disc(0.47), rgb(COLOURS.ink)],
    [ring(0.3, 0.035), rgb(COLOURS.paper)],
    [disc(0.19), rgb(COLOURS.amber)],
  ];
}

/** The icon as RGBA pixels, `size`×`size`. */
export function iconPixels(size: number, purpose: IconPurpose): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const shapes = layers(purpose);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const x = (px + 0.5) / size;
      const y = (py + 0.5) / size;
      // "Over" compositing, premultiplied; a shape covers a pixel by its distance in pixels.
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const [shape, [cr, cg, cb]] of shapes) {
        const cover = Math.min(1, Math.max(0, 0.5 - shape(x, y) * size));
        r = cr * cover + r * (1 - cover);
        g = cg * cover + g * (1 - cover);
        b = cb * cover + b * (1 - cover);
        a = cover + a * (1 - cover);
      }
      const at = (py * size + px) * 4;
      pixels[at] = a > 0 ? Math.round(r / a) : 0;
      pixels[at + 1] = a > 0 ? Math.round(g / a) : 0;
      pixels[at + 2] = a > 0 ? Math.round(b / a) : 0;
      pixels[at + 3] = Math.round(a * 255);
    }
  }
  return pixels;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** RGBA pixels (8 bits a channel, rows top to bottom) as a PNG file. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter method, no interlace
  // Each row starts with its filter type, 0 (none).
  const rows = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++)
    rows.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** The icon as a PNG file. */
export function iconPng(size: number, purpose: IconPurpose): Buffer {
  return encodePng(size, size, iconPixels(size, purpose));
}
