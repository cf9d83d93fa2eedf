// The room's ranking: verified games ordered by score, ties broken by customers kept against the
// twin, then by cumulative profit; and the exports - CSV that opens right in an English, Polish
// or Ukrainian Excel (separator, decimal comma, a byte-order mark for UTF-8, and no formula
// injection from team names), and JSON. Pure. Imports engine types.

import type { ScorePart } from '../engine';
import { SCORE_PARTS } from '../engine';
import type { Verified } from './verify';

export interface RankedRow {
  readonly rank: number;
  readonly entry: Verified;
}

function compare(a: Verified, b: Verified): number {
  return (
    b.score.total - a.score.total ||
    b.score.customersVsTwin - a.score.customersVsTwin ||
    b.score.cumulativeProfit - a.score.cumulativeProfit
  );
}

/** Ranks verified games; games equal on score and both tiebreakers share a rank. */
export function rank(entries: readonly Verified[]): RankedRow[] {
  const sorted = entries.toSorted(compare);
  const rows: RankedRow[] = [];
  sorted.forEach((entry, i) => {
    const previous = rows[i - 1];
    const tied = previous && compare(previous.entry, entry) === 0;
    rows.push({ rank: tied ? previous.rank : i + 1, entry });
  });
  return rows;
}

/** How the CSV is written: Excel in English uses commas; Polish and Ukrainian Excel semicolons. */
export type CsvStyle = 'comma' | 'semicolon';

export interface CsvWords {
  readonly headers: {
    readonly rank: string;
    readonly team: string;
    readonly score: string;
    readonly title: string;
    readonly status: string;
    readonly customersVsTwin: string;
    readonly retained: string;
    readonly profit: string;
    readonly quarter: string;
    readonly parts: Readonly<Record<ScorePart, string>>;
  };
  readonly title: (entry: Verified) => string;
  readonly verified: string;
  readonly rejected: (reason: string) => string;
}

/** A spreadsheet cell: quoted when needed; a leading = + - @ cannot start a formula. */
function cell(value: string | number, style: CsvStyle): string {
  let text = typeof value === 'number' ? String(value) : value;
  if (typeof value === 'number' && style === 'semicolon') text = text.replace('.', ',');
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  const separator = style === 'comma' ? ',' : ';';
  return /["\n\r]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(
  rows: readonly RankedRow[],
  rejected: readonly { team: string; reason: string }[],
  words: CsvWords,
  style: CsvStyle,
): string {
  const sep = style === 'comma' ? ',' : ';';
  const h = words.headers;
  const lines = [
    [
      h.rank,
      h.team,
      h.score,
      h.title,
      h.customersVsTwin,
      h.retained,
      h.profit,
      h.quarter,
      ...SCORE_PARTS.map((p) => h.parts[p]),
      h.status,
    ],
  ];
  for (const { rank: position, entry } of rows) {
    const last = entry.state.series.at(-1) ?? entry.state.start;
    const retained =
      last.twin.customers > 0 ? Math.round((last.customers / last.twin.customers) * 1000) / 10 : 0;
    lines.push([
      String(position),
      entry.result.team,
      String(entry.score.total),
      words.title(entry),
      String(entry.score.customersVsTwin),
      String(retained),
      String(entry.score.cumulativeProfit),
      String(entry.score.quarter),
      ...SCORE_PARTS.map((p) => String(entry.score.parts[p].points)),
      words.verified,
    ]);
  }
  for (const r of rejected)
    lines.push([
      '',
      r.team,
      '',
      '',
      '',
      '',
      '',
      '',
      ...SCORE_PARTS.map(() => ''),
      words.rejected(r.reason),
    ]);
  const numeric = (i: number) => i !== 1 && i !== 3 && i !== lines[0]!.length - 1;
  const body = lines
    .map((line, row) =>
      line
        .map((value, i) =>
          row > 0 && numeric(i) && value !== '' ? cell(Number(value), style) : cell(value, style),
        )
        .join(sep),
    )
    .join('\r\n');
  // The byte-order mark makes Excel read UTF-8, so Polish and Ukrainian names stay intact.
  return `\uFEFF${body}\r\n`;
}

export interface JsonRow {
  rank: number | null;
  team: string;
  status: 'verified' | 'rejected';
  reason?: string;
  score?: number;
  title?: string;
  fired?: boolean;
  quarter?: number;
  customersVsTwin?: number;
  cumulativeProfit?: number;
  parts?: Record<ScorePart, number>;
  customersByQuarter?: number[];
  twinCustomersByQuarter?: number[];
}

export function toJson(
  rows: readonly RankedRow[],
  rejected: readonly { team: string; reason: string }[],
  titleOf: (entry: Verified) => string,
): string {
  const out: JsonRow[] = rows.map(({ rank: position, entry }) => ({
    rank: position,
    team: entry.result.team,
    status: 'verified',
    score: entry.score.total,
    title: titleOf(entry),
    fired: entry.score.fired,
    quarter: entry.score.quarter,
    customersVsTwin: entry.score.customersVsTwin,
    cumulativeProfit: entry.score.cumulativeProfit,
    parts: Object.fromEntries(SCORE_PARTS.map((p) => [p, entry.score.parts[p].points])) as Record<
      ScorePart,
      number
    >,
    customersByQuarter: [entry.state.start, ...entry.state.series].map((r) => r.customers),
    twinCustomersByQuarter: [entry.state.start, ...entry.state.series].map((r) => r.twin.customers),
  }));
  for (const r of rejected)
    out.push({ rank: null, team: r.team, status: 'rejected', reason: r.reason });
  return `${JSON.stringify({ format: 'power-core-leaderboard/1', rows: out }, null, 2)}\n`;
}
