// @vitest-environment jsdom
// Tests of the DOM SVG charts: accessible names, segments and gaps, the data table and its toggle,
// literal text, round ticks, markers, end labels and sparklines. Imports only the charts module.

import { getAllByRole, getByRole, queryAllByRole, within } from '@testing-library/dom';
import { afterEach, describe, expect, it } from 'vitest';
import {
  estimateTextWidth,
  lineChart,
  niceScale,
  sparkline,
  type LineChartSpec,
} from '../../src/ui/charts';

const quarters = Array.from({ length: 20 }, (_, i) => `Q${i + 1}`);
const you = quarters.map((_, i) => 2600 - i * 10);
const twin = quarters.map((_, i) => 2600 - i * 56);
you[19] = 2410;
twin[19] = 1530;
const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

function customersSpec(overrides: Partial<LineChartSpec> = {}): LineChartSpec {
  return {
    title: 'Customers: you vs the twin',
    caption: 'The gap opens from year 3.',
    xLabels: quarters,
    xLabel: 'Quarter',
    yLabel: 'Customers',
    format: (n) => whole.format(n),
    series: [
      { id: 'you', label: 'Your company', values: you, colour: '#0072b2' },
      { id: 'twin', label: 'Do-nothing twin', values: twin, colour: '#d55e00' },
    ],
    markers: [{ x: 3, label: 'Year 1 review' }],
    ...overrides,
  };
}

function mount(spec: LineChartSpec): HTMLElement {
  const figure = lineChart(spec);
  document.body.append(figure);
  return figure;
}

function linePaths(figure: HTMLElement, series: string): SVGPathElement[] {
  return [
    ...figure.querySelectorAll<SVGPathElement>(`path.pc-chart-line[data-series="${series}"]`),
  ];
}

/** The points of a path drawn by the chart (only M and L commands). */
function pointsOf(path: SVGPathElement): number {
  return (path.getAttribute('d') ?? '').match(/[ML]/g)?.length ?? 0;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('lineChart', () => {
  it('is a figure with a caption and an svg img named by its title and described by its desc', () => {
    const figure = mount(customersSpec());
    expect(figure.tagName).toBe('FIGURE');
    expect(figure.querySelector('figcaption')?.textContent).toContain('The gap opens from year 3.');

    const img = getByRole(figure, 'img', { name: /Customers: you vs the twin/ });
    expect(img.tagName.toLowerCase()).toBe('svg');
    expect(img.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
    const title = img.querySelector('title');
    const desc = img.querySelector('desc');
    expect(title?.textContent).toBe('Customers: you vs the twin');
    expect(desc?.textContent).toContain('Your company went from 2,600 (Q1) to 2,410 (Q20)');
    expect(desc?.textContent).toContain('Do-nothing twin went from 2,600 (Q1) to 1,530 (Q20)');
    expect(desc?.textContent).toContain('Year 1 review at Q4');
    expect(img.getAttribute('aria-labelledby')).toBe(`${title?.id} ${desc?.id}`);
  });

  it('uses a given summary as the description', () => {
    const summary = 'Your company ended with 2,410 customers; the do-nothing twin with 1,530.';
    const figure = mount(customersSpec({ summary }));
    expect(figure.querySelector('svg > desc')?.textContent).toBe(summary);
  });

  it('draws one path per series when nothing is missing', () => {
    const figure = mount(customersSpec());
    for (const id of ['you', 'twin']) {
      const paths = linePaths(figure, id);
      expect(paths).toHaveLength(1);
      expect(pointsOf(paths[0]!)).toBe(20);
    }
  });

  it('breaks a line at every null, one path per run of values', () => {
    const values = [50, 52, null, 55, 56, 57, null, null, 60, null, 62];
    const figure = mount({
      title: 'Measured satisfaction',
      xLabels: values.map((_, i) => `Q${i + 1}`),
      yLabel: 'Satisfaction',
      series: [{ id: 'measured', label: 'Measured', values, colour: '#009e73' }],
    });
    const paths = linePaths(figure, 'measured');
    expect(paths.map(pointsOf)).toEqual([2, 3, 1, 1]);
    // Lone readings still show as a marker.
    expect(
      figure.querySelectorAll('.pc-chart-points [data-series="measured"]').length,
    ).toBeGreaterThanOrEqual(4);
  });

  it('draws bands only where both the value and its uncertainty are known', () => {
    const figure = mount({
      title: 'Measured',
      xLabels: ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6'],
      yLabel: 'Satisfaction',
      yMin: 0,
      yMax: 100,
      series: [
        {
          id: 'm',
          label: 'Measured',
          values: [null, 47, 49, null, 55, 56],
          band: [null, 9, 8, null, 6, null],
          colour: '#009e73',
        },
      ],
    });
    const bands = figure.querySelectorAll('path.pc-chart-band[data-series="m"]');
    expect(bands).toHaveLength(2);
    const table = getByRole(figure, 'table');
    expect(within(table).getByRole('cell', { name: '47 ± 9' })).toBeTruthy();
    expect(within(table).getByRole('cell', { name: '56' })).toBeTruthy();
  });

  it('tells series apart without colour: dash and marker differ, and each is labelled', () => {
    const figure = mount({
      title: 'Three',
      xLabels: ['Q1', 'Q2', 'Q3'],
      yLabel: 'Score',
      series: ['a', 'b', 'c'].map((id, k) => ({
        id,
        label: `Series ${id}`,
        values: [10 + k, 20 + k, 30 + k * 10],
        colour: '#000000',
      })),
    });
    const dashes = ['a', 'b', 'c'].map((id) =>
      linePaths(figure, id)[0]!.getAttribute('stroke-dasharray'),
    );
    expect(new Set(dashes).size).toBe(3);
    const shapes = ['a', 'b', 'c'].map(
      (id) => figure.querySelector(`.pc-chart-points [data-series="${id}"]`)?.tagName,
    );
    expect(new Set(shapes).size).toBe(3);
    const labels = [...figure.querySelectorAll('.pc-chart-end-label')].map((g) => g.textContent);
    expect(labels).toEqual([
      expect.stringContaining('Series a'),
      expect.stringContaining('Series b'),
      expect.stringContaining('Series c'),
    ]);
    for (const path of figure.querySelectorAll('path.pc-chart-line')) {
      expect(Number(path.getAttribute('stroke-width'))).toBeGreaterThanOrEqual(3);
    }
  });

  it('spreads end labels of lines that end close together so they do not overlap', () => {
    const figure = mount({
      title: 'Close',
      xLabels: ['Q1', 'Q2'],
      yLabel: 'Score',
      yMin: 0,
      yMax: 100,
      series: [
        { id: 'a', label: 'Measured', values: [60, 64], colour: '#009e73' },
        { id: 'b', label: 'True', values: [61, 65], colour: '#16213a' },
        { id: 'c', label: 'Believed', values: [70, 64.5], colour: '#cc79a7' },
      ],
    });
    const ys = [...figure.querySelectorAll('.pc-chart-end-label text')]
      .map((t) => Number(t.getAttribute('y')))
      .toSorted((p, q) => p - q);
    expect(ys).toHaveLength(3);
    for (let k = 1; k < ys.length; k += 1) expect(ys[k]! - ys[k - 1]!).toBeGreaterThanOrEqual(16);
  });

  it('keeps the numbers in a table for screen readers, revealed by a button', () => {
    const figure = mount(customersSpec());
    const table = getByRole(figure, 'table', { name: 'Customers: you vs the twin' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Quarter', 'Your company', 'Do-nothing twin', 'Notes']);
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(21);
    const last = within(rows[20]!)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(rows[20]!.querySelector('th')?.textContent).toBe('Q20');
    expect(last).toEqual(['2,410', '1,530', '']);
    expect(within(rows[4]!).getByText('Year 1 review')).toBeTruthy();

    const wrap = table.parentElement!;
    const svgEl = figure.querySelector('svg')!;
    expect(wrap.classList.contains('pc-visually-hidden')).toBe(true);

    const toggle = getByRole(figure, 'button', { name: 'Show the numbers' });
    expect(toggle.getAttribute('type')).toBe('button');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe(table.id);
    toggle.focus();
    expect(document.activeElement).toBe(toggle);

    toggle.click();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe('Show the chart');
    expect(wrap.classList.contains('pc-visually-hidden')).toBe(false);
    expect(wrap.tabIndex).toBe(0);
    expect(svgEl.classList.contains('pc-visually-hidden')).toBe(true);

    toggle.click();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.textContent).toBe('Show the numbers');
    expect(wrap.classList.contains('pc-visually-hidden')).toBe(true);
    expect(wrap.hasAttribute('tabindex')).toBe(false);
    expect(svgEl.classList.contains('pc-visually-hidden')).toBe(false);
  });

  it('says "no data" in the table where a value is missing', () => {
    const figure = mount({
      title: 'Gaps',
      xLabels: ['Q1', 'Q2'],
      yLabel: 'Score',
      series: [{ id: 'a', label: 'A', values: [null, 3], colour: '#000' }],
    });
    expect(within(getByRole(figure, 'table')).getByRole('cell', { name: 'no data' })).toBeTruthy();
  });

  it('shows hostile labels literally and never as markup', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const figure = mount({
      title: evil,
      caption: evil,
      xLabels: [evil, 'Q2', 'Q3'],
      xLabel: evil,
      yLabel: evil,
      series: [{ id: 'e', label: evil, values: [1, 2, 3], colour: '#0072b2' }],
      markers: [{ x: 1, label: evil }],
    });
    expect(figure.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(figure.querySelector('figcaption')?.textContent).toContain(evil);
    expect(figure.querySelector('svg > title')?.textContent).toBe(evil);
    expect(figure.querySelector('.pc-chart-ylabel')?.textContent).toBe(evil);
    expect(figure.querySelector('.pc-chart-marker text')?.textContent).toBe(evil);
    expect(figure.querySelector('.pc-chart-end-label title')?.textContent).toContain(evil);
    const table = getByRole(figure, 'table');
    expect(within(table).getAllByRole('columnheader', { name: evil })).toHaveLength(2);
    expect(within(table).getByRole('rowheader', { name: evil })).toBeTruthy();
    expect(within(table).getAllByText(evil).length).toBeGreaterThanOrEqual(3);
  });

  it('labels the y axis with round ticks that cover the data', () => {
    const figure = mount(customersSpec());
    const ticks = [...figure.querySelectorAll('.pc-chart-yticks text')].map((t) =>
      Number(t.getAttribute('data-value')),
    );
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    const step = ticks[1]! - ticks[0]!;
    expect(isRoundStep(step)).toBe(true);
    for (const t of ticks) expect(t / step).toBeCloseTo(Math.round(t / step), 9);
    expect(ticks[0]).toBeLessThanOrEqual(1530);
    expect(ticks.at(-1)).toBeGreaterThanOrEqual(2600);
    // The formatter prints the ticks.
    expect(
      [...figure.querySelectorAll('.pc-chart-yticks text')].some((t) =>
        /^\d,\d{3}$/.test(t.textContent ?? ''),
      ),
    ).toBe(true);
  });

  it('keeps a 0..100 scale when the data fit in it', () => {
    const figure = mount(
      customersSpec({
        yMin: 0,
        yMax: 100,
        series: [{ id: 's', label: 'True', values: [52, 55, 64], colour: '#16213a' }],
        xLabels: ['Q1', 'Q2', 'Q3'],
        markers: [],
      }),
    );
    const ticks = [...figure.querySelectorAll('.pc-chart-yticks text')].map((t) =>
      Number(t.getAttribute('data-value')),
    );
    expect(ticks[0]).toBe(0);
    expect(ticks.at(-1)).toBe(100);
  });

  it('renders each marker as a labelled vertical line', () => {
    const figure = mount(
      customersSpec({
        markers: [
          { x: 3, label: 'Year 1 review' },
          { x: 7, label: 'Year 2 review' },
          { x: 8.5, label: 'Fired' },
        ],
      }),
    );
    const markers = [...figure.querySelectorAll('.pc-chart-marker')];
    expect(markers.map((m) => m.querySelector('text')?.textContent)).toEqual([
      'Year 1 review',
      'Year 2 review',
      'Fired',
    ]);
    const xs = markers.map((m) => Number(m.querySelector('line')?.getAttribute('x1')));
    expect(xs[0]).toBeLessThan(xs[1]!);
    expect(xs[1]).toBeLessThan(xs[2]!);
    // Labels close together go on separate rows instead of overlapping.
    const labelY = markers.map((m) => Number(m.querySelector('text')?.getAttribute('y')));
    expect(labelY[1]).not.toBe(labelY[2]);
  });

  it('labels a series that stops early where it stops', () => {
    const values = quarters.map((_, i) => (i <= 8 ? 2000 + i : null));
    const figure = mount(
      customersSpec({
        series: [
          { id: 'you', label: 'Fired team', values, colour: '#0072b2' },
          { id: 'twin', label: 'Twin', values: twin, colour: '#d55e00' },
        ],
      }),
    );
    expect(figure.querySelector('.pc-chart-inline-label')?.textContent).toContain('Fired team');
    expect(figure.querySelectorAll('.pc-chart-end-label')).toHaveLength(1);
  });

  it('says so when there is no data at all', () => {
    const figure = mount({
      title: 'Empty',
      xLabels: ['Q1', 'Q2'],
      yLabel: 'Score',
      series: [{ id: 'a', label: 'A', values: [null, null], colour: '#000' }],
    });
    expect(figure.querySelector('svg')?.textContent).toContain('No data yet');
    expect(figure.querySelectorAll('path.pc-chart-line')).toHaveLength(0);
  });

  it('gives every chart its own ids', () => {
    const a = mount(customersSpec());
    const b = mount(customersSpec());
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(getAllByRole(document.body, 'img')).toHaveLength(2);
    expect(a.querySelector('svg')?.getAttribute('aria-labelledby')).not.toBe(
      b.querySelector('svg')?.getAttribute('aria-labelledby'),
    );
  });

  it('uses axis text of at least 14 px', () => {
    const figure = mount(customersSpec());
    for (const group of figure.querySelectorAll('[font-size]')) {
      expect(Number(group.getAttribute('font-size'))).toBeGreaterThanOrEqual(14);
    }
  });
});

function isRoundStep(step: number): boolean {
  const power = 10 ** Math.floor(Math.log10(step));
  return [1, 2, 2.5, 5].some((f) => Math.abs(step / power - f) < 1e-9);
}

describe('niceScale', () => {
  it.each([
    [1530, 2600],
    [0.12, 0.97],
    [-35, 42],
    [47, 49],
    [0, 1_234_567],
    [3, 3],
  ])('covers %d..%d with round ticks', (lo, hi) => {
    const { min, max, ticks } = niceScale(lo, hi, 5);
    expect(min).toBeLessThanOrEqual(lo);
    expect(max).toBeGreaterThanOrEqual(hi);
    expect(max).toBeGreaterThan(min);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(ticks.length).toBeLessThanOrEqual(8);
    const step = ticks[1]! - ticks[0]!;
    expect(isRoundStep(Number(step.toPrecision(10)))).toBe(true);
  });

  it('widens fixed bounds that the data do not fit', () => {
    const { min, max } = niceScale(-5, 120, 5, 0, 100);
    expect(min).toBeLessThanOrEqual(-5);
    expect(max).toBeGreaterThanOrEqual(120);
  });
});

describe('sparkline', () => {
  it('is an svg img titled by its label, described by its values', () => {
    const spark = sparkline([10, 12, 11, 15], '#0072b2', 'Customers trend');
    document.body.append(spark);
    const img = getByRole(document.body, 'img', { name: /Customers trend/ });
    expect(img).toBe(spark);
    expect(spark.querySelector('desc')?.textContent).toBe('From 10 to 15; lowest 10, highest 15.');
    expect(spark.querySelectorAll('path')).toHaveLength(1);
    expect(Number(spark.querySelector('path')?.getAttribute('stroke-width'))).toBeGreaterThan(2);
  });

  it('breaks at nulls and dots lone values', () => {
    const spark = sparkline([null, 45, 49, null, 54, null, 60, 61], '#009e73', 'Measured');
    expect(spark.querySelectorAll('path')).toHaveLength(2);
    // The lone 54 and the last value.
    expect(spark.querySelectorAll('circle')).toHaveLength(2);
  });

  it('keeps a hostile label as text and copes with no data', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const spark = sparkline([null, null], '#000', evil);
    document.body.append(spark);
    expect(spark.querySelector('title')?.textContent).toBe(evil);
    expect(document.querySelector('img')).toBeNull();
    expect(spark.querySelector('desc')?.textContent).toBe('No data yet.');
    expect(queryAllByRole(document.body, 'img')).toHaveLength(1);
  });
});

describe('estimateTextWidth', () => {
  it('grows with the text and the size', () => {
    expect(estimateTextWidth('Customers', 16)).toBeGreaterThan(estimateTextWidth('Q1', 16));
    expect(estimateTextWidth('Customers', 20)).toBeGreaterThan(estimateTextWidth('Customers', 16));
  });
});
