// The live room page's table: every team as a row (connected or not, quarter, customers against
// the twin, CEO support, budget, last decision in words, and its state with the verified score),
// sortable by any column from the keyboard. Team names are text, never HTML. Imports the DOM
// helpers, the page's words and the debrief's words for a decision.

import type { Action } from '../../engine';
import type { LiveColumn, LiveState } from '../../store/app-store';
import type { TeamRow } from '../../workshop/room-protocol';
import { isHeld as isHeldBy } from '../../workshop/room-protocol';
import type { ScreenContext } from '../context';
import { h } from '../dom';
import { describeAction } from './debrief/decisions';
import { say } from './live-words';

/** "Year 2 · Q3" (or "Year 2 · half 1" in the half-year seat time), as the game shows quarters. */
function quarterText(ctx: ScreenContext, live: LiveState, quarter: number): string {
  const year = Math.ceil(quarter / 4);
  const within = ((quarter - 1) % 4) + 1;
  return live.game?.difficulty.seatTime === 'half-years'
    ? ctx.t.t('time.year-half', { year, half: within <= 2 ? 1 : 2 })
    : ctx.t.t('time.year-quarter', { year, quarter: within });
}

function decisionText(ctx: ScreenContext, live: LiveState, action: Action | null): string {
  if (!action) return say(ctx, 'live.no-decision');
  return live.scenario ? describeAction(ctx, live.scenario, action) : action.type;
}

/**
 * Whether the team waits for the release: the room's hold as it is now (a row is pushed only when
 * its team moves, so its own `held` is from its last move; the rule is the server's isHeld).
 */
function isHeld(live: LiveState, row: TeamRow): boolean {
  return isHeldBy({ holdAfterQuarter: live.room?.holdAfterQuarter ?? null }, row);
}

function stateText(ctx: ScreenContext, live: LiveState, row: TeamRow): string {
  if (row.result)
    return say(ctx, row.result.fired ? 'live.state.fired' : 'live.state.finished', {
      score: row.result.score,
    });
  return say(ctx, isHeld(live, row) ? 'live.state.held' : 'live.state.playing');
}

/** The order of rows: 0 playing, 1 held, 2 fired, 3 finished (then by score). */
function stateRank(live: LiveState, row: TeamRow): number {
  if (row.result) return row.result.fired ? 2 + row.result.score / 1e6 : 3 + row.result.score / 1e6;
  return isHeld(live, row) ? 1 : 0;
}

type SortValue = (row: TeamRow, live: LiveState) => number | string;
const SORT_VALUE: Readonly<Record<LiveColumn, SortValue>> = {
  name: (row) => row.name.toLocaleLowerCase(),
  connected: (row) => (row.connected ? 1 : 0),
  quarter: (row) => row.quarter * 1000 + row.decisions,
  customers: (row) => row.customers - row.twinCustomers,
  ceoSupport: (row) => row.ceoSupport,
  budget: (row) => row.budget,
  state: (row, live) => stateRank(live, row),
};

function sortedTeams(live: LiveState): TeamRow[] {
  const value = SORT_VALUE[live.sort.column];
  const sign = live.sort.descending ? -1 : 1;
  return live.teams.toSorted((a, b) => {
    const [x, y] = [value(a, live), value(b, live)];
    const order =
      typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y) : Number(x) - Number(y);
    return order === 0 ? a.name.localeCompare(b.name) : sign * order;
  });
}

const COLUMNS: readonly (LiveColumn | 'last')[] = [
  'name',
  'connected',
  'quarter',
  'customers',
  'ceoSupport',
  'budget',
  'last',
  'state',
];

/** A column's heading: a button that sorts by it (Enter or Space), with its order announced. */
function columnHead(ctx: ScreenContext, live: LiveState, column: LiveColumn | 'last') {
  const label = say(ctx, `live.col.${column}`);
  if (column === 'last') return h('th', { attrs: { scope: 'col' }, text: label });
  const sorted = live.sort.column === column;
  const direction = live.sort.descending ? 'descending' : 'ascending';
  return h(
    'th',
    { attrs: { scope: 'col', 'aria-sort': sorted ? direction : null } },
    h(
      'button',
      {
        class: 'sort-button',
        type: 'button',
        key: `sort-${column}`,
        attrs: { 'aria-label': say(ctx, 'live.sort', { column: label }) },
        on: { click: () => ctx.game.sortLive(column) },
      },
      label,
      sorted
        ? h('span', {
            class: 'sort-mark',
            attrs: { 'aria-hidden': 'true' },
            text: live.sort.descending ? ' ▼' : ' ▲',
          })
        : null,
    ),
  );
}

export function teamsTable(ctx: ScreenContext, live: LiveState): HTMLElement {
  const { t } = ctx;
  if (live.teams.length === 0) return h('p', { class: 'hint', text: say(ctx, 'live.teams.none') });
  const finished = live.teams.filter((team) => team.result).length;
  const currency = live.scenario?.company.currency ?? '';
  return h(
    'table',
    { class: 'ranking live-teams' },
    h('caption', {
      text: say(ctx, 'live.teams.caption', { count: live.teams.length, finished }),
    }),
    h('thead', {}, h('tr', {}, ...COLUMNS.map((c) => columnHead(ctx, live, c)))),
    h(
      'tbody',
      {},
      ...sortedTeams(live).map((row) =>
        h(
          'tr',
          {
            data: {
              team: row.id,
              state: row.result ? row.status : isHeld(live, row) ? 'held' : 'playing',
            },
          },
          h('th', { attrs: { scope: 'row' }, text: row.name }),
          h(
            'td',
            { class: row.connected ? 'live-on' : 'live-off' },
            h('span', { class: 'live-dot', attrs: { 'aria-hidden': 'true' } }),
            say(ctx, row.connected ? 'live.connected' : 'live.disconnected'),
          ),
          h('td', { class: 'live-quarter', text: quarterText(ctx, live, row.quarter) }),
          h('td', {
            class: 'num',
            text: say(ctx, 'live.vs-twin', {
              customers: t.num(row.customers),
              twin: t.num(row.twinCustomers),
            }),
          }),
          h('td', { class: 'num', text: `${t.num(row.ceoSupport)}%` }),
          h('td', {
            class: 'num',
            text: currency ? t.money(row.budget, currency) : t.num(row.budget),
          }),
          h(
            'td',
            { class: 'live-last' },
            h('span', { text: decisionText(ctx, live, row.lastDecision) }),
          ),
          h('td', { class: 'live-state strong', text: stateText(ctx, live, row) }),
        ),
      ),
    ),
  );
}

/** Minutes and seconds left, e.g. 4:07. */
