// The building blocks every chart part uses: SVG and HTML elements made with createElementNS and
// textContent only (so no chart text is ever parsed as markup), ids unique in the document, and
// coordinates rounded for short paths. Imports nothing.

const SVG_NS = 'http://www.w3.org/2000/svg';

let nextId = 0;
/** An id no other chart in the document uses, e.g. `pc-chart-title-3`. */
export function uniqueId(kind: string): string {
  nextId += 1;
  return `pc-${kind}-${nextId}`;
}

/** An SVG element with its attributes, appended to `parent` when given. */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  parent?: Element,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  parent?.append(el);
  return el;
}

/** An HTML element with an optional class and text, appended to `parent` when given. */
export function html<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
  parent?: Element,
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  parent?.append(el);
  return el;
}

/** A coordinate to a tenth of a design pixel: finer is invisible and only lengthens the paths. */
export function fmtCoord(n: number): string {
  return (Math.round(n * 10) / 10).toString();
}
