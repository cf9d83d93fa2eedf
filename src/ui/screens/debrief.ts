// The debrief, where the learning happens: the score and title with its breakdown; charts of the
// player's company against its do-nothing twin and of belief against measurement against truth;
// the decision timeline; and the lessons this game showed, each tied to what showed it. A fired
// CCO gets the same, up to the quarter of the firing. Imports engine helpers and the charts.

import type {
  Action,
  GameState,
  LessonRecord,
  LogEntry,
  QuarterRecord,
  Scenario,
} from '../../engine';
import { computeScore, firedYear, LESSONS, SCORE_PARTS } from '../../engine';
import type { ScreenContext, ScreenView } from '../context';
import { button, h } from '../dom';
import { lineChart } from '../charts';
import { COLOURS } from '../../stage/theme';
import { discussionPrompts } from '../../workshop/prompts';
import { sessionResultCode, sessionResultFile } from '../../store/workshop-actions';
import {
  eventTitle,
  initiativeName,
  leaderName,
  quarterLabel,
  segmentName,
  siloName,
  whenText,
} from '../names';

const TABS = ['summary', 'charts', 'timeline', 'lessons', 'discussion', 'result'] as const;

function rows(game: GameState): QuarterRecord[] {
  return [game.start, ...game.series];
}

function chartLabels(ctx: ScreenContext): Parameters<typeof lineChart>[0]['labels'] {
  const { t } = ctx;
  return {
    showNumbers: t.t('chart.show-numbers'),
    showChart: t.t('chart.show-chart'),
    notes: t.t('chart.notes'),
    noData: t.t('chart.no-data'),
    period: t.t('chart.period'),
  };
}

function charts(ctx: ScreenContext): HTMLElement {
  const { t } = ctx;
  const { game, scenario } = ctx.state.session!;
  const data = rows(game);
  const xLabels = data.map((r) => (r.quarter === 0 ? t.t('chart.start') : `Q${r.quarter}`));
  const markers = [4, 8, 12, 16]
    .filter((q) => q < data.length)
    .map((q) => ({ x: q, label: t.t('chart.review', { year: q / 4 }) }));
  if (game.status === 'fired') markers.push({ x: data.length - 1, label: t.t('chart.fired') });
  const you = t.t('chart.you');
  const twin = t.t('chart.twin');
  const common = { xLabels, markers, labels: chartLabels(ctx), format: (n: number) => t.num(n) };
  return h(
    'div',
    { class: 'chart-grid' },
    lineChart({
      ...common,
      title: t.t('chart.customers'),
      caption: t.t('chart.customers.caption'),
      yLabel: t.t('chart.customers.axis'),
      series: [
        {
          id: 'you',
          label: you,
          values: data.map((r) => r.customers),
          colour: COLOURS.player,
          dash: 'solid',
          marker: 'circle',
        },
        {
          id: 'twin',
          label: twin,
          values: data.map((r) => r.twin.customers),
          colour: COLOURS.twin,
          dash: 'dashed',
          marker: 'square',
        },
      ],
    }),
    lineChart({
      ...common,
      title: t.t('chart.revenue'),
      caption: t.t('chart.revenue.caption'),
      yLabel: t.t('chart.revenue.axis', { currency: scenario.company.currency }),
      format: (n: number) => t.money(n, scenario.company.currency),
      series: [
        {
          id: 'you',
          label: you,
          values: data.map((r) => r.revenue),
          colour: COLOURS.player,
          dash: 'solid',
          marker: 'circle',
        },
        {
          id: 'twin',
          label: twin,
          values: data.map((r) => r.twin.revenue),
          colour: COLOURS.twin,
          dash: 'dashed',
          marker: 'square',
        },
      ],
    }),
    lineChart({
      ...common,
      title: t.t('chart.satisfaction'),
      caption: t.t('chart.satisfaction.caption'),
      yLabel: t.t('chart.satisfaction.axis'),
      yMin: 0,
      yMax: 100,
      series: [
        {
          id: 'you',
          label: you,
          values: data.map((r) => r.satisfaction),
          colour: COLOURS.player,
          dash: 'solid',
          marker: 'circle',
        },
        {
          id: 'twin',
          label: twin,
          values: data.map((r) => r.twin.satisfaction),
          colour: COLOURS.twin,
          dash: 'dashed',
          marker: 'square',
        },
      ],
    }),
    lineChart({
      ...common,
      title: t.t('chart.views'),
      caption: t.t('chart.views.caption'),
      yLabel: t.t('chart.satisfaction.axis'),
      yMin: 0,
      yMax: 100,
      series: [
        {
          id: 'believed',
          label: t.t('chart.believed'),
          values: data.map((r) => r.believedSatisfaction),
          colour: COLOURS.believed,
          dash: 'dotted',
          marker: 'triangle',
        },
        {
          id: 'measured',
          label: t.t('chart.measured'),
          values: data.map((r) => r.measuredSatisfaction),
          band: data.map((r) => r.measuredUncertainty),
          colour: COLOURS.measured,
          dash: 'dashed',
          marker: 'square',
        },
        {
          id: 'true',
          label: t.t('chart.true'),
          values: data.map((r) => r.satisfaction),
          colour: COLOURS.truth,
          dash: 'solid',
          marker: 'circle',
        },
      ],
    }),
    lineChart({
      ...common,
      title: t.t('chart.people'),
      caption: t.t('chart.people.caption'),
      yLabel: t.t('chart.people.axis'),
      yMin: 0,
      yMax: 100,
      series: [
        {
          id: 'engagement',
          label: t.t('chart.engagement'),
          values: data.map((r) => r.engagement),
          colour: COLOURS.measured,
          dash: 'solid',
          marker: 'circle',
        },
        {
          id: 'ceo',
          label: t.t('top.ceo-support'),
          values: data.map((r) => r.ceoSupport),
          colour: COLOURS.amber,
          dash: 'dashed',
          marker: 'triangle',
        },
      ],
    }),
  );
}

function summary(ctx: ScreenContext): HTMLElement {
  const { t } = ctx;
  const { game, scenario } = ctx.state.session!;
  const score = computeScore(scenario, game);
  const last = game.series.at(-1) ?? game.start;
  const year = firedYear(game);
  const title = score.fired ? t.t('title.fired', { year: year ?? 1 }) : t.t(score.title);
  return h(
    'div',
    { class: 'debrief-summary' },
    h(
      'div',
      { class: 'score-card' },
      h('span', { class: 'score-label', text: t.t('debrief.score') }),
      h('span', { class: 'score-total', text: t.num(score.total) }),
      h('span', { class: 'score-max', text: t.t('debrief.of-1000') }),
      h('strong', { class: 'score-title', text: title }),
      score.fired
        ? h('p', {
            class: 'warn-text',
            text: t.t('debrief.fired-note', { quarter: quarterLabel(ctx, score.quarter) }),
          })
        : null,
    ),
    h(
      'ul',
      { class: 'score-parts', attrs: { 'aria-label': t.t('debrief.breakdown') } },
      ...SCORE_PARTS.map((part) => {
        const p = score.parts[part];
        return h(
          'li',
          {},
          h('span', { class: 'part-name', text: t.t(`score.${part}`) }),
          h(
            'span',
            { class: 'part-bar', attrs: { 'aria-hidden': 'true' } },
            h('span', { style: { width: `${Math.round((p.points / p.max) * 100)}%` } }),
          ),
          h('span', {
            class: 'num',
            text: t.t('debrief.points', { points: p.points, max: p.max }),
          }),
          h('span', { class: 'part-note small', text: t.t(`score.${part}.note`) }),
        );
      }),
    ),
    h(
      'ul',
      { class: 'key-numbers' },
      h('li', {
        text: t.t('debrief.customers', {
          you: t.num(last.customers),
          twin: t.num(last.twin.customers),
          start: t.num(game.start.customers),
        }),
      }),
      h('li', {
        text: t.t('debrief.lost', {
          count: last.lostTotal,
          controllable: t.percent(
            last.lostTotal > 0 ? last.lostControllableTotal / last.lostTotal : 0,
          ),
        }),
      }),
      h('li', {
        text: t.t('debrief.profit', {
          you: t.money(last.cumulativeProfit, scenario.company.currency),
          twin: t.money(last.twin.cumulativeProfit, scenario.company.currency),
        }),
      }),
      h('li', {
        text: t.t('debrief.satisfaction', {
          truth: Math.round(last.satisfaction),
          believed: Math.round(last.believedSatisfaction),
        }),
      }),
    ),
  );
}

function describeAction(ctx: ScreenContext, scenario: Scenario, action: Action): string {
  const { t } = ctx;
  switch (action.type) {
    case 'launch':
      return t.t(`timeline.launch.${action.scale}`, {
        initiative: initiativeName(ctx, scenario, action.initiative),
      });
    case 'scale':
      return t.t('timeline.scale', {
        initiative: initiativeName(ctx, scenario, action.initiative),
      });
    case 'stop':
      return t.t('timeline.stop', { initiative: initiativeName(ctx, scenario, action.initiative) });
    case 'negotiate':
      return t.t('timeline.negotiate', {
        leader: leaderName(ctx, scenario, action.silo),
        initiative: initiativeName(ctx, scenario, action.initiative),
        approach: t.text(scenario.approaches[action.approach].name),
      });
    case 'answerEvent': {
      const event = scenario.events.find((e) => e.id === action.event);
      const option = event?.options.find((o) => o.id === action.option);
      return t.t('timeline.answer', {
        event: eventTitle(ctx, scenario, action.event),
        option: option ? t.text(option.label) : action.option,
      });
    }
    case 'listen':
      return t.t('timeline.listen', { segment: segmentName(ctx, scenario, action.segment) });
    case 'reportToCeo':
      return t.t('timeline.report');
    case 'endQuarter':
      return t.t('timeline.end');
  }
}

function describeEntry(
  ctx: ScreenContext,
  scenario: Scenario,
  entry: LogEntry,
): { text: string; kind: string } | null {
  const { t } = ctx;
  switch (entry.kind) {
    case 'decision':
      return entry.action.type === 'endQuarter' || entry.action.type === 'answerEvent'
        ? null
        : { text: describeAction(ctx, scenario, entry.action), kind: 'decision' };
    case 'event-drawn':
      return {
        text: t.t(entry.mitigated ? 'timeline.event-defused' : 'timeline.event', {
          event: eventTitle(ctx, scenario, entry.event),
        }),
        kind: 'event',
      };
    case 'event-answered':
      return {
        text: describeAction(ctx, scenario, {
          type: 'answerEvent',
          event: entry.event,
          option: entry.option,
        }),
        kind: 'decision',
      };
    case 'negotiation':
      return {
        text: t.t('timeline.answered', {
          leader: leaderName(ctx, scenario, entry.result.silo),
          outcome: t.t(`outcome.${entry.result.outcome}`).toLowerCase(),
        }),
        kind: `outcome outcome-${entry.result.outcome}`,
      };
    case 'report':
      return {
        text: t.t(entry.inMoney ? 'timeline.report-money' : 'timeline.report-result', {
          gain: t.signed(entry.gain, 1),
        }),
        kind: 'result',
      };
    case 'year-review':
      return {
        text: t.t('timeline.review', {
          year: entry.review.year,
          verdict: t.t(`review.verdict-short.${entry.review.verdict}`),
        }),
        kind: 'review',
      };
    case 'fired':
      return { text: t.t('timeline.fired'), kind: 'fired' };
    case 'resolved':
      return {
        text: t.t('timeline.resolved', {
          customers: t.num(entry.customers),
          twin: t.num(entry.twinCustomers),
        }),
        kind: 'result',
      };
    default:
      return null;
  }
}

function timeline(ctx: ScreenContext): HTMLElement {
  const { t } = ctx;
  const { game, scenario } = ctx.state.session!;
  const byQuarter = new Map<number, { text: string; kind: string }[]>();
  for (const entry of game.log) {
    const quarter =
      entry.kind === 'negotiation'
        ? entry.result.quarter
        : entry.kind === 'year-review'
          ? entry.review.quarter
          : entry.quarter;
    const item = describeEntry(ctx, scenario, entry);
    if (!item) continue;
    const list = byQuarter.get(quarter) ?? [];
    list.push(item);
    byQuarter.set(quarter, list);
  }
  return h(
    'ol',
    { class: 'timeline' },
    ...[...byQuarter.entries()].map(([quarter, items]) =>
      h(
        'li',
        { class: 'timeline-quarter' },
        h('h3', { text: quarterLabel(ctx, quarter) }),
        h(
          'ul',
          {},
          ...items.map((item) =>
            h('li', { class: `tl-${item.kind.split(' ')[0]} ${item.kind}`, text: item.text }),
          ),
        ),
      ),
    ),
    byQuarter.size === 0 ? h('li', { text: t.t('timeline.empty') }) : null,
  );
}

/** A lesson note's or prompt's parameters with ids turned into the names the player knows. */
function lessonParams(
  ctx: ScreenContext,
  scenario: Scenario,
  p: Readonly<Record<string, string | number>>,
): Record<string, string | number> {
  const out: Record<string, string | number> = { ...p };
  if (typeof p.initiative === 'string')
    out.initiative = initiativeName(ctx, scenario, p.initiative);
  if (typeof p.silo === 'string') out.silo = siloName(ctx, scenario, p.silo);
  if (typeof p.event === 'string') out.event = eventTitle(ctx, scenario, p.event);
  if (typeof p.segment === 'string') out.segment = segmentName(ctx, scenario, p.segment);
  if (typeof p.stage === 'string') out.stage = ctx.t.t(`stage.${p.stage}`).toLowerCase();
  if (typeof p.leaving === 'string') out.leaving = ctx.t.t(`stage.${p.leaving}`).toLowerCase();
  if (typeof p.gauge === 'string') out.gauge = ctx.t.t(`gauge.${p.gauge}`).toLowerCase();
  // An approach keeps its own spelling ("Frame it in their KPI"), quoted in the sentence.
  if (typeof p.approach === 'string' && p.approach in scenario.approaches)
    out.approach = ctx.t.text(scenario.approaches[p.approach as keyof Scenario['approaches']].name);
  return out;
}

/** What showed a lesson: the decision (as the log writes it), the event, or a quarter's results. */
function triggerText(
  ctx: ScreenContext,
  game: GameState,
  scenario: Scenario,
  record: Pick<LessonRecord, 'trigger' | 'quarter'>,
): string {
  const { t } = ctx;
  const when = quarterLabel(ctx, record.quarter);
  if (record.trigger.type === 'decision') {
    const action = game.decisions[record.trigger.index];
    return action
      ? t.t('lesson.by-decision', { what: describeAction(ctx, scenario, action), when })
      : when;
  }
  if (record.trigger.type === 'event')
    return t.t('lesson.by-event', { event: eventTitle(ctx, scenario, record.trigger.event), when });
  return t.t('lesson.by-results', { when });
}

function lessons(ctx: ScreenContext): HTMLElement {
  const { t } = ctx;
  const { game, scenario } = ctx.state.session!;
  return h(
    'ol',
    { class: 'lessons' },
    ...LESSONS.map((id) => {
      const records = game.lessons
        .filter((l) => l.lesson === id)
        .toSorted((a, b) => a.quarter - b.quarter);
      const state = records.some((r) => r.kind === 'met')
        ? records.some((r) => r.kind === 'missed')
          ? 'mixed'
          : 'met'
        : records.length > 0
          ? 'missed'
          : 'unseen';
      return h(
        'li',
        { class: `lesson lesson-${state}` },
        h('span', { class: 'lesson-mark', text: t.t(`lesson.state.${state}`) }),
        h('h3', { text: t.t(`lesson.${id}.title`) }),
        ...records.map((r) =>
          h(
            'p',
            { class: `lesson-note ${r.kind}` },
            h('span', { text: t.t(r.note, lessonParams(ctx, scenario, r.params)) }),
            h('span', { class: 'small muted', text: ` ${triggerText(ctx, game, scenario, r)}` }),
          ),
        ),
        records.length === 0
          ? h('p', { class: 'small muted', text: t.t(`lesson.${id}.summary`) })
          : null,
      );
    }),
  );
}

function discussion(ctx: ScreenContext): HTMLElement {
  const { t } = ctx;
  const { game, scenario } = ctx.state.session!;
  const prompts = discussionPrompts(scenario, game);
  return h(
    'div',
    { class: 'discussion' },
    h('p', { class: 'lead', text: t.t('discussion.lead') }),
    h(
      'ol',
      { class: 'prompts' },
      ...prompts.map((p) =>
        h(
          'li',
          { class: `prompt prompt-${p.kind}` },
          h('span', {
            class: 'prompt-lesson',
            text: `${t.t(`lesson.${p.lesson}.title`)} · ${quarterLabel(ctx, p.quarter)}`,
          }),
          h('p', {
            text: t.t(p.key, {
              ...lessonParams(ctx, scenario, p.params),
              core: t.t(`core.${scenario.powerCore}`),
              quarter: quarterLabel(ctx, p.quarter),
            }),
          }),
          p.trigger
            ? h('p', {
                class: 'prompt-evidence small muted',
                text: triggerText(ctx, game, scenario, { trigger: p.trigger, quarter: p.quarter }),
              })
            : null,
        ),
      ),
    ),
  );
}

function whatIf(ctx: ScreenContext): HTMLElement {
  const { t, game } = ctx;
  const session = ctx.state.session!;
  const lastQuarter = session.game.series.at(-1)?.quarter ?? 1;
  const step = session.game.quartersPerTurn;
  const quarters: number[] = [];
  for (let q = 1; q <= lastQuarter; q += step) quarters.push(q);
  const suggested = quarters[Math.max(0, quarters.length - 1 - Math.ceil(4 / step))] ?? 1;
  const choice = h(
    'select',
    { id: 'what-if-quarter', key: 'what-if-quarter' },
    ...quarters.map((q) =>
      h('option', { attrs: { value: q, selected: q === suggested }, text: quarterLabel(ctx, q) }),
    ),
  );
  return h(
    'section',
    { class: 'what-if', attrs: { 'aria-labelledby': 'what-if-title' } },
    h('h2', { id: 'what-if-title', text: t.t('whatif.title') }),
    h('p', { text: t.t('whatif.text') }),
    h(
      'div',
      { class: 'row' },
      h('label', { class: 'field', attrs: { for: 'what-if-quarter' } }, t.t('whatif.from')),
      choice,
      button(t.t('whatif.start'), () => game.practiceFrom(Number(choice.value)), {
        key: 'what-if-start',
        shortcut: 'w',
      }),
    ),
  );
}

/** When a kept result was finished. */
function keptWhen(ctx: ScreenContext, code: string): string {
  const entry = ctx.state.results.find((r) => r.code === code);
  return entry ? whenText(ctx, entry.finishedAt) : '';
}

function result(ctx: ScreenContext): HTMLElement {
  const { t, game, edges } = ctx;
  const session = ctx.state.session!;
  if (session.practice) {
    return h(
      'div',
      { class: 'result-panel' },
      h('p', { class: 'notice', text: t.t('result.practice') }),
      button(t.t('result.back-to-real'), () => void game.leavePractice(), {
        key: 'back-to-real',
        primary: true,
      }),
    );
  }
  const code = sessionResultCode(session) ?? '';
  const file = sessionResultFile(session, t.text(session.scenario.title));
  const safeTeam = (session.team || 'team').replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 40);
  return h(
    'div',
    { class: 'result-panel' },
    session.kept
      ? h('p', {
          class: 'notice',
          text: t.t('debrief.kept', {
            when: keptWhen(ctx, session.kept),
          }),
        })
      : null,
    h('p', { text: t.t('result.lead') }),
    h('label', { class: 'field', attrs: { for: 'result-code' } }, t.t('result.code')),
    h('textarea', {
      id: 'result-code',
      key: 'result-code',
      class: 'result-code',
      attrs: { readonly: true, rows: 4, spellcheck: 'false' },
      text: code,
    }),
    h(
      'div',
      { class: 'row' },
      button(
        t.t('result.copy'),
        async () => ctx.sound.play((await edges.copy(code)) ? 'confirm' : 'error'),
        { key: 'copy-result', primary: true, sound: 'none' },
      ),
      file
        ? button(
            t.t('result.download'),
            () =>
              edges.download(
                `power-core-result-${safeTeam}.json`,
                `${JSON.stringify(file, null, 2)}\n`,
                'application/json',
              ),
            { key: 'download-result' },
          )
        : null,
    ),
    whatIf(ctx),
  );
}

export const debriefScreen: ScreenView = {
  deps: (s) => [s.session?.game, s.ui.debriefTab],
  render(ctx) {
    const { t, game, state } = ctx;
    const session = state.session!;
    const tab = state.ui.debriefTab;
    const views = { summary, charts, timeline, lessons, discussion, result } as const;
    const content = views[tab](ctx);
    return h(
      'div',
      { class: 'debrief-screen page', data: { layer: '' } },
      h(
        'header',
        { class: 'page-head' },
        h('p', {
          class: 'eyebrow',
          text: t.t('debrief.eyebrow', {
            company: t.text(session.scenario.company.name),
            team: session.team || t.t('title.no-team'),
          }),
        }),
        h('h1', { text: session.practice ? t.t('debrief.practice-title') : t.t('debrief.title') }),
        h(
          'div',
          { class: 'tabs', role: 'tablist', attrs: { 'aria-label': t.t('debrief.parts') } },
          ...TABS.map((id, i) =>
            h(
              'button',
              {
                class: `tab${id === tab ? ' active' : ''}`,
                type: 'button',
                role: 'tab',
                key: `tab-${id}`,
                data: { choice: '' },
                attrs: {
                  'aria-selected': id === tab ? 'true' : 'false',
                  'aria-controls': 'debrief-panel',
                },
                on: { click: () => game.setDebriefTab(id) },
              },
              h('kbd', {
                class: 'key-hint',
                text: String(i + 1),
                attrs: { 'aria-hidden': 'true' },
              }),
              t.t(`debrief.tab.${id}`),
            ),
          ),
        ),
      ),
      h(
        'section',
        {
          class: 'debrief-body',
          id: 'debrief-panel',
          role: 'tabpanel',
          data: { scrollKey: `debrief-${tab}` },
          attrs: { tabindex: 0, 'aria-label': t.t(`debrief.tab.${tab}`) },
        },
        // The open tab's name as the panel's heading, for screen readers' heading lists.
        h('h2', { class: 'visually-hidden', text: t.t(`debrief.tab.${tab}`) }),
        content,
      ),
      h(
        'footer',
        { class: 'page-foot' },
        button(t.t('debrief.new-game'), () => game.open('scenario'), {
          key: 'again',
          shortcut: 'n',
        }),
        // No Enter default here: a stray Enter must not take a team away from its results.
        button(t.t('debrief.to-title'), () => game.quitToTitle(), { key: 'to-title' }),
      ),
    );
  },
};
