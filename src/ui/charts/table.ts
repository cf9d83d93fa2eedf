// "Show the numbers": the data behind a chart as a table, always in the accessibility tree, and the
// button that swaps it with the drawing in the same box. Imports only chart modules.

import { html, uniqueId } from './elements';
import { labelsOf } from './labels';
import { finite } from './series';
import type { LineChartSpec } from './spec';

type Format = (n: number) => string;

/** The data table behind the chart, for screen readers and for anyone who wants the numbers. */
function dataTable(spec: LineChartSpec, fmt: Format, id: string): HTMLTableElement {
  const table = html('table', 'pc-chart-table');
  table.id = id;
  html('caption', undefined, spec.title, table);
  const head = html('tr', undefined, undefined, html('thead', undefined, undefined, table));
  const words = labelsOf(spec);
  const corner = html('th', undefined, spec.xLabel ?? words.period, head);
  corner.scope = 'col';
  for (const s of spec.series) html('th', undefined, s.label, head).scope = 'col';
  const markers = spec.markers ?? [];
  if (markers.length > 0) html('th', 'pc-chart-notes', words.notes, head).scope = 'col';
  const body = html('tbody', undefined, undefined, table);
  spec.xLabels.forEach((xLabel, i) => {
    const row = html('tr', undefined, undefined, body);
    html('th', undefined, xLabel, row).scope = 'row';
    for (const s of spec.series) {
      const v = s.values[i];
      const b = s.band?.[i];
      const text = finite(v) ? (finite(b) ? `${fmt(v)} ± ${fmt(b)}` : fmt(v)) : words.noData;
      html('td', undefined, text, row);
    }
    if (markers.length > 0) {
      const notes = markers.filter((m) => Math.round(m.x) === i).map((m) => m.label);
      html('td', 'pc-chart-notes', notes.join('; '), row);
    }
  });
  return table;
}

/**
 * Adds the "Show the numbers" button and the table to `figure`. The table keeps the drawing's
 * aspect ratio (`width` / `height`), so the panel around the chart never has to make room.
 */
export function addNumbersView(
  figure: HTMLElement,
  drawing: SVGSVGElement,
  spec: LineChartSpec,
  fmt: Format,
  width: number,
  height: number,
): void {
  const tableId = uniqueId('chart-table');
  const words = labelsOf(spec);
  const toggle = html('button', 'pc-chart-toggle', words.showNumbers, figure);
  toggle.type = 'button';
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', tableId);
  const wrap = html('div', 'pc-chart-table-wrap pc-visually-hidden', undefined, figure);
  wrap.style.aspectRatio = `${width} / ${height}`;
  wrap.append(dataTable(spec, fmt, tableId));
  toggle.addEventListener('click', () => {
    const show = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(show));
    toggle.textContent = show ? words.showChart : words.showNumbers;
    wrap.classList.toggle('pc-visually-hidden', !show);
    drawing.classList.toggle('pc-visually-hidden', show);
    // The table scrolls when long: focusable then (for the keyboard), never while hidden.
    if (show) wrap.tabIndex = 0;
    else wrap.removeAttribute('tabindex');
  });
}
