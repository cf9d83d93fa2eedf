// Colour maths for the painted art: mixing palette colours and writing them the way Canvas 2D and
// Phaser each want them. Pure: imports nothing.

/** A CSS hex colour mixed towards another (t = 0 keeps `a`, 1 gives `b`). */
export function mix(a: string, b: string, t: number): string {
  const pa = Number.parseInt(a.slice(1), 16);
  const pb = Number.parseInt(b.slice(1), 16);
  const out = [16, 8, 0].map((s) => {
    const ca = (pa >> s) & 255;
    const cb = (pb >> s) & 255;
    return Math.round(ca + (cb - ca) * t);
  });
  return `#${out.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** A CSS hex colour with an alpha, as an rgba() string. */
export function rgba(hex: string, alpha: number): string {
  const p = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(p >> 16) & 255}, ${(p >> 8) & 255}, ${p & 255}, ${alpha})`;
}

/** A CSS hex colour as the 0xRRGGBB number Phaser wants. */
export function hexNumber(hex: string): number {
  return Number.parseInt(hex.slice(1), 16);
}
