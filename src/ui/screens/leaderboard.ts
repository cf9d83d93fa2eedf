// The leaderboard for the facilitator: paste result codes or drop result files, several at once;
// each is verified by replaying its decisions, and shown verified or rejected with the reason.
// The verified games are ranked (score, then customers kept against the twin, then profit),
// their customers drawn over the five years against the twin, and exported as CSV or JSON, or
// printed. Imports the workshop modules, the charts and the DOM helpers.

import { SCORE_PARTS } from '../../engine';
import { knownScenarios, MAX_RESULT_BYTES } from '../../store/workshop-actions';
import { rankGroups, toCsv, toJson } from '../../workshop/leaderboard';
import type { CsvWords, RankedGroup } from '../../workshop/leaderboard';
import type { Rejected, Verified } from '../../workshop/verify';
import { rejectionParams } from '../../workshop/verify';
import { lineChart } from '../charts';
import type { ScreenContext, ScreenView } from '../context';
import { button, h, twoStep } from '../dom';
import { page } from './page';
import { fileDrop, readDropped } from '../file-drop';
import { loaderReport, refuseFile } from '../scenario-file';
import { COLOURS } from '../../stage/theme';
import { difficultyName, groupHeading, rankingTable, titleOf } from './ranking-table';

const TEAM_COLOURS = [
  COLOURS.player,
  COLOURS.measured,
  COLOURS.believed,
  COLOURS.amber,
  COLOURS.sky,
  COLOURS.ink,
  '#7a5195',
  '#8c6d31',
];

export function rejectionText(ctx: ScreenContext, v: Rejected): string {
  const scenario = knownScenarios(ctx.state).find((s) => s.id === v.scenarioId);
  const name = scenario ? ctx.t.text(scenario.company.name) : (v.scenarioId ?? '');
  return ctx.t.t(`verify.${v.reason}`, rejectionParams(v, name));
}

async function addFiles(ctx: ScreenContext, files: File[]): Promise<void> {
  const results: { label: string; text: string }[] = [];
  for (const file of files) {
    const read = await readDropped(file, MAX_RESULT_BYTES);
    if (!read.ok) {
      refuseFile(ctx, read, MAX_RESULT_BYTES);
      continue;
    }
    const text = read.file.text;
    // A scenario file dropped here is the workshop's custom scenario, needed to verify its games.
    if (
      /^\s*\{[\s\S]*"format"\s*:\s*"power-core-result\//.test(text) ||
      /^\s*PC1[-\s]/i.test(text)
    ) {
      results.push({ label: read.file.name, text });
    } else await ctx.game.loadScenarioText(read.file.name, text);
  }
  if (results.length > 0) await ctx.game.addResults(results);
}

function codesFrom(text: string): string[] {
  return text.match(/PC1[-\s]?[0-9A-Za-z-]+/gi) ?? [];
}

function csvWords(ctx: ScreenContext): CsvWords {
  const { t } = ctx;
  return {
    headers: {
      scenario: t.t('board.scenario'),
      seed: t.t('board.seed'),
      difficulty: t.t('board.difficulty'),
      seatTime: t.t('board.seat-time'),
      currency: t.t('board.currency'),
      rank: t.t('board.rank'),
      team: t.t('board.team'),
      score: t.t('board.score'),
      title: t.t('board.title-column'),
      status: t.t('board.status'),
      customersVsTwin: t.t('board.vs-twin'),
      retained: t.t('board.retained'),
      profit: t.t('board.profit'),
      quarter: t.t('board.quarter'),
      parts: Object.fromEntries(
        SCORE_PARTS.map((p) => [p, t.t('board.part-points', { part: t.t(`score.${p}`) })]),
      ) as CsvWords['headers']['parts'],
    },
    title: (v) => titleOf(ctx, v),
    scenarioName: (scenario) => t.text(scenario.company.name),
    difficultyName: (d) => difficultyName(ctx, d),
    seatTimeName: (d) => t.t(`seat.${d.seatTime}`),
    verified: t.t('board.verified'),
    rejected: (reason) => t.t('board.rejected-because', { reason }),
  };
}

function chart(ctx: ScreenContext, group: RankedGroup): HTMLElement | null {
  const { t } = ctx;
  const verified = group.rows.map((r) => r.entry);
  const first = verified[0];
  if (!first) return null;
  const rows = (v: Verified) => [v.state.start, ...v.state.series];
  const length = Math.max(...verified.map((v) => rows(v).length));
  const xLabels = Array.from({ length }, (_, i) => (i === 0 ? t.t('chart.start') : `Q${i}`));
  const pad = (values: number[]) => Array.from({ length }, (_, i) => values[i] ?? null);
  return lineChart({
    title: t.t('board.chart'),
    caption: `${groupHeading(ctx, group)}. ${t.t('board.chart-caption')}`,
    xLabels,
    yLabel: t.t('chart.customers.axis'),
    format: (n) => t.num(n),
    labels: {
      showNumbers: t.t('chart.show-numbers'),
      showChart: t.t('chart.show-chart'),
      notes: t.t('chart.notes'),
      noData: t.t('chart.no-data'),
      period: t.t('chart.period'),
    },
    series: [
      ...verified.slice(0, 8).map((v, i) => ({
        id: `team-${i}`,
        label: v.result.team || t.t('title.no-team'),
        values: pad(rows(v).map((r) => r.customers)),
        colour: TEAM_COLOURS[i % TEAM_COLOURS.length]!,
      })),
      {
        id: 'twin',
        label: t.t('chart.twin'),
        values: pad(rows(first).map((r) => r.twin.customers)),
        colour: COLOURS.twin,
        dash: 'dotted' as const,
        marker: 'none' as const,
      },
    ],
  });
}

export const leaderboardScreen: ScreenView = {
  deps: (s) => [s.board, s.custom, s.loader, s.builtIns],
  render(ctx) {
    const { t, game, state, edges } = ctx;
    if (!state.builtIns) void game.loadBuiltIns();
    void game.restoreBoard();
    const entries = state.board.entries;
    const verified = entries.flatMap((e) => (e.verification.ok ? [e.verification] : []));
    const rejected = entries.flatMap((e) =>
      e.verification.ok ? [] : [{ label: e.label, v: e.verification }],
    );
    const groups = rankGroups(verified);
    const paste = h('textarea', {
      id: 'paste-codes',
      key: 'paste-codes',
      attrs: {
        rows: 4,
        spellcheck: 'false',
        placeholder: 'PC1-…',
        'aria-describedby': 'paste-hint',
      },
    });
    const addPasted = async () => {
      const codes = codesFrom(paste.value);
      if (codes.length === 0) {
        ctx.sound.play('error');
        return;
      }
      const offset = entries.length;
      await game.addResults(
        codes.map((text, i) => ({ label: t.t('board.code-label', { n: offset + i + 1 }), text })),
      );
      paste.value = '';
    };
    const exportRejected = rejected.map((r) => ({
      team: r.v.team ?? r.label,
      reason: rejectionText(ctx, r.v),
    }));
    return page(
      ctx,
      {
        name: 'leaderboard-screen',
        title: t.t('board.title'),
        lead: t.t('board.lead'),
        back: () => game.open('facilitator'),
        headClass: 'no-print',
      },
      h(
        'div',
        { class: 'board-layout' },
        h(
          'section',
          { class: 'board-input no-print', attrs: { 'aria-label': t.t('board.add') } },
          h('label', { class: 'field', attrs: { for: 'paste-codes' } }, t.t('board.paste')),
          paste,
          h('p', { class: 'field-note', id: 'paste-hint', text: t.t('board.paste-hint') }),
          button(t.t('board.add-codes'), () => void addPasted(), {
            key: 'add-codes',
            primary: true,
          }),
          fileDrop({
            key: 'result-files',
            label: t.t('board.files'),
            hint: t.t('board.files-hint'),
            accept: '.json,.yaml,.yml,application/json',
            multiple: true,
            onFiles: (files) => void addFiles(ctx, files),
          }),
          loaderReport(ctx),
          state.custom
            ? h('p', { class: 'small', text: t.t('board.custom', { name: state.custom.name }) })
            : null,
          rejected.length > 0
            ? h(
                'ul',
                { class: 'rejected-list', attrs: { 'aria-label': t.t('board.rejected') } },
                ...rejected.map((r) =>
                  h(
                    'li',
                    {},
                    h('strong', { text: `${r.label}${r.v.team ? ` · ${r.v.team}` : ''}` }),
                    h('span', {
                      class: 'warn-text',
                      text: t.t('board.rejected-because', { reason: rejectionText(ctx, r.v) }),
                    }),
                  ),
                ),
              )
            : null,
          state.board.kept
            ? null
            : h('p', { class: 'warn-text', role: 'status', text: t.t('board.not-kept') }),
          entries.length > 0
            ? twoStep(
                t.t('board.clear'),
                t.t('board.clear-sure', { count: entries.length }),
                () => game.clearBoard(),
                'clear-board',
              )
            : null,
        ),
        h(
          'section',
          {
            class: 'board-results print-area',
            data: { scrollKey: 'board' },
            attrs: { 'aria-label': t.t('board.ranking') },
          },
          h('h2', { class: 'print-only', text: t.t('board.title') }),
          h('p', {
            class: 'print-only',
            text: t.t('board.print-head', {
              date: new Intl.DateTimeFormat(t.lang, { dateStyle: 'long' }).format(new Date()),
              companies: t.list([...new Set(groups.map((g) => t.text(g.scenario.company.name)))]),
            }),
          }),
          groups.length === 0 ? h('p', { class: 'hint', text: t.t('board.empty') }) : null,
          groups.length > 1
            ? h('p', { class: 'notice', text: t.t('board.groups-note', { count: groups.length }) })
            : null,
          ...groups.map((group) =>
            h(
              'section',
              { class: 'board-group', attrs: { 'aria-label': groupHeading(ctx, group) } },
              rankingTable(ctx, group),
              chart(ctx, group),
            ),
          ),
          groups.length > 0
            ? h(
                'div',
                { class: 'row exports no-print' },
                h('label', { class: 'field', attrs: { for: 'csv-style' } }, t.t('board.csv-style')),
                h(
                  'select',
                  {
                    id: 'csv-style',
                    key: 'csv-style',
                    on: {
                      change: (e) =>
                        game.setCsvStyle(
                          (e.target as HTMLSelectElement).value as 'comma' | 'semicolon',
                        ),
                    },
                  },
                  h('option', {
                    attrs: { value: 'comma', selected: state.board.csvStyle === 'comma' },
                    text: t.t('board.csv-comma'),
                  }),
                  h('option', {
                    attrs: { value: 'semicolon', selected: state.board.csvStyle === 'semicolon' },
                    text: t.t('board.csv-semicolon'),
                  }),
                ),
                button(
                  t.t('board.export-csv'),
                  () =>
                    edges.download(
                      'power-core-leaderboard.csv',
                      toCsv(groups, exportRejected, csvWords(ctx), state.board.csvStyle),
                      'text/csv;charset=utf-8',
                    ),
                  { key: 'export-csv' },
                ),
                button(
                  t.t('board.export-json'),
                  () =>
                    edges.download(
                      'power-core-leaderboard.json',
                      toJson(groups, exportRejected, (v) => titleOf(ctx, v)),
                      'application/json',
                    ),
                  { key: 'export-json' },
                ),
                button(t.t('board.print'), () => edges.print(), { key: 'print', shortcut: 'p' }),
              )
            : null,
        ),
      ),
    );
  },
};
