// How wide a label will be, estimated without layout, and labels shortened to fit. Imports nothing.

/**
 * A rough text width without layout (jsdom has none, and measuring in the browser would make the
 * drawing depend on font loading). Tuned on Inter; errs wide so labels don't collide.
 */
export function estimateTextWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if ("il.,:;'|!ıj".includes(ch)) em += 0.28;
    else if (ch === ' ') em += 0.28;
    else if ('mwMW@%'.includes(ch)) em += 0.88;
    else if (/[0-9]/.test(ch)) em += 0.6;
    else if (ch !== ch.toLowerCase()) em += 0.68;
    else em += 0.56;
  }
  return em * size * (bold ? 1.06 : 1);
}

/** `text` cut to fit `maxWidth` with an ellipsis (whole when it fits). */
export function truncate(text: string, size: number, maxWidth: number, bold = false): string {
  if (estimateTextWidth(text, size, bold) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1 && estimateTextWidth(`${chars.join('')}…`, size, bold) > maxWidth) {
    chars.pop();
  }
  return `${chars.join('').trimEnd()}…`;
}
