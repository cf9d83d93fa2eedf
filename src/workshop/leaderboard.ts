// The room's ranking: verified games grouped by what makes scores comparable (the same scenario
// version, seed, difficulty and seat time: never ranked across groups), and within a group
// ordered by score, ties broken by customers kept against the twin, then by cumulative profit;
// and the exports - CSV that opens right in an English, Polish
// or Ukrainian Excel (separator, decimal comma, a byte-order mark for UTF-8, and no formula
// injection from team names), and JSON. Pure. Imports engine types.

import type { Difficulty, Scenario, ScorePart } from '../engine';
import { SCORE_PARTS } from '../engine';
import type { Verified } from './verify';

export interface RankedRow {
  readonly rank: number;
  readonly entry: Verified;
}

/** Games that can be compared: the same scenario version, seed, difficulty and seat time. */
export interface RankedGroup {
  readonly key: string;
  readonly scenario: Scenario;
  readonly seed: number;
  readonly difficulty: Difficulty;
  readonly rows: readonly RankedRow[];
}

function groupKey(v: Verified): string {
  const d = v.result.difficulty;
  return [v.result.fingerprint, v.result.seed, d.authority, d.urgency, d.seatTime].join('|');
}

/** Verified games in comparable groups (the largest group first), each ranked on its own. */
export function rankGroups(entries: readonly Verified[]): RankedGroup[] {
  const groups = new Map<string, Verified[]>();
  for (const entry of entries) {
    const key = groupKey(entry);
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return [...groups.entries()]
    .map(([key, members]) => ({
      key,
      scenario: members[0]!.scenario,
      seed: members[0]!.result.seed,
      difficulty: members[0]!.result.difficulty,
      rows: rank(members),
    }))
    .toSorted((a, b) => b.rows.length - a.rows.length);
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
    readonly scenario: string;
    readonly seed: string;
    readonly difficulty: string;
    readonly seatTime: string;
    readonly currency: string;
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
  /** The scenario's name, the difficulty and the seat time as the facilitator reads them. */
  readonly scenarioName: (scenario: Scenario) => string;
  readonly difficultyName: (difficulty: Difficulty) => string;
  readonly seatTimeName: (difficulty: Difficulty) => string;
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
  groups: readonly RankedGroup[],
  rejected: readonly { team: string; reason: string }[],
  words: CsvWords,
  style: CsvStyle,
): string {
  const sep = style === 'comma' ? ',' : ';';
  const h = words.headers;
  const header = [
    h.scenario,
    h.seed,
    h.difficulty,
    h.seatTime,
    h.currency,
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
  ];
  // Which columns hold numbers (written with the style's decimal separator).
  const numeric = new Set([1, 5, 7, 9, 10, 11, 12, ...SCORE_PARTS.map((_, i) => 13 + i)]);
  const lines: string[][] = [header];
  for (const group of groups) {
    const about = [
      words.scenarioName(group.scenario),
      String(group.seed),
      words.difficultyName(group.difficulty),
      words.seatTimeName(group.difficulty),
      group.scenario.company.currency,
    ];
    for (const { rank: position, entry } of group.rows) {
      const last = entry.state.series.at(-1) ?? entry.state.start;
      const retained =
        last.twin.customers > 0
          ? Math.round((last.customers / last.twin.customers) * 1000) / 10
          : 0;
      lines.push([
        ...about,
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
  }
  for (const r of rejected) {
    const line = header.map(() => '');
    line[6] = r.team;
    line[line.length - 1] = words.rejected(r.reason);
    lines.push(line);
  }
  const body = lines
    .map((line, row) =>
      line
        .map((value, i) =>
          row > 0 && numeric.has(i) && value !== ''
            ? cell(Number(value), style)
            : cell(value, style),
        )
        .join(sep),
    )
    .join('\r\n');
  // The byte-order mark makes Excel read UTF-8, so Polish and Ukrainian names stay intact.
  return `\uFEFF${body}\r\n`;
}

export interface JsonRow {
  /** Games are ranked within their group (same scenario version, seed, difficulty, seat time). */
  group?: number;
  scenario?: string;
  seed?: number;
  difficulty?: Difficulty;
  currency?: string;
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
  groups: readonly RankedGroup[],
  rejected: readonly { team: string; reason: string }[],
  titleOf: (entry: Verified) => string,
): string {
  const out: JsonRow[] = groups.flatMap((group, g) =>
    group.rows.map(({ rank: position, entry }) => jsonRow(group, g + 1, position, entry, titleOf)),
  );
  for (const r of rejected)
    out.push({ rank: null, team: r.team, status: 'rejected', reason: r.reason });
  return `${JSON.stringify({ format: 'power-core-leaderboard/2', rows: out }, null, 2)}\n`;
}

function jsonRow(
  group: RankedGroup,
  number: number,
  position: number,
  entry: Verified,
  titleOf: (entry: Verified) => string,
): JsonRow {
  return {
    group: number,
    scenario: group.scenario.id,
    seed: group.seed,
    difficulty: group.difficulty,
    currency: group.scenario.company.currency,
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
  };
}
