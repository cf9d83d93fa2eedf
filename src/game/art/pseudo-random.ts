// A small deterministic random stream, so painted details and the scenes' idle life come out the
// same on every run (never Math.random). Pure: imports nothing.

/** A small deterministic random stream, so painted details stay the same on every run. */
export function pseudoRandom(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}
