// The smaller panels over the office floor: a silo and its leader, the CEO's office (report),
// listening to customers directly, the end-of-quarter confirmation and the game menu. Imports
// engine helpers and the DOM helpers.

import type { GameState, Scenario } from '../../engine';
import {
  LISTEN_COST,
  REPORT_COST,
  reportGain,
  siloCapacity,
  siloLoad,
  siloLoadParts,
  trustMoves,
} from '../../engine';
import type { ScreenContext } from '../context';
import { button, confirmDialog, h, meter } from '../dom';
import { initiativeName } from '../names';
import { moodOf } from '../view-model';
import { turnsEnded } from '../../store/app-store';
import { changeLine, mergeSameCauses, reasonLines, shownChange } from './changes';
import { keyFrom } from '../i18n';

function panel(
  ctx: ScreenContext,
  name: string,
  title: string,
  ...children: (HTMLElement | null)[]
): HTMLElement {
  return h(
    'section',
    {
      class: `panel side-panel panel-${name}`,
      role: 'dialog',
      data: { layer: '', panel: name },
      attrs: { 'aria-labelledby': `${name}-title` },
    },
    h(
      'header',
      { class: 'panel-head' },
      h('h2', { id: `${name}-title`, text: title }),
      button(ctx.t.t('common.close'), () => ctx.game.setPanel(null), {
        back: true,
        hint: 'Esc',
        key: `${name}-close`,
      }),
    ),
    ...children,
  );
}

export function siloPanel(ctx: ScreenContext): HTMLElement {
  const { t, game, state, edges } = ctx;
  const { scenario, game: g } = state.session!;
  const silo = scenario.silos.find((s) => s.id === state.ui.silo) ?? scenario.silos[0]!;
  const live = g.silos.find((s) => s.id === silo.id)!;
  const load = siloLoad(scenario, g, silo.id);
  const capacity = siloCapacity(scenario, g, scenario.silos.indexOf(silo));
  const asks = g.initiatives.flatMap((run) =>
    run.partners.filter((p) => p.silo === silo.id).map((p) => ({ run, partner: p })),
  );
  return panel(
    ctx,
    'silo',
    t.text(silo.name),
    h(
      'div',
      { class: 'leader-card' },
      edges.portrait(silo.leader.portrait, moodOf(live.trust), 96),
      h(
        'div',
        {},
        h('strong', { class: 'leader-name', text: t.text(silo.leader.name) }),
        h('span', { class: 'muted', text: t.text(silo.leader.title) }),
        h('span', { class: 'small', text: t.t(`personality.${silo.leader.personality}`) }),
        scenario.coreSilo === silo.id
          ? h('span', { class: 'core-badge', text: t.t('silo.core-badge') })
          : null,
      ),
    ),
    h('p', { class: 'bio', text: t.text(silo.leader.bio) }),
    h('p', { text: t.t('silo.paid-on', { kpi: t.text(silo.kpi.name) }) }),
    trustMeter(ctx, silo.id, live.trust),
    meter(t.t('silo.orientation'), live.orientation),
    siloLoadSection(ctx, scenario, g, silo.id, load, capacity),
    h('h3', { text: t.t('silo.asks') }),
    asks.length === 0
      ? h('p', { class: 'muted', text: t.t('silo.no-asks') })
      : h(
          'ul',
          { class: 'partners' },
          ...asks.map(({ run, partner }) => {
            const canAsk =
              partner.outcome !== 'full' && !(partner.outcome === 'pilot' && run.scale === 'pilot');
            return h(
              'li',
              { class: `partner partner-${partner.outcome ?? 'waiting'}` },
              h('span', { class: 'partner-name', text: initiativeName(ctx, scenario, run.id) }),
              h('span', {
                class: 'partner-state',
                text: partner.outcome
                  ? t.t(`outcome.${partner.outcome}.short`, {
                      commitment: t.percent(partner.commitment),
                    })
                  : t.t('outcome.waiting'),
              }),
              canAsk
                ? h(
                    'button',
                    {
                      class: 'btn',
                      type: 'button',
                      key: `ask-${run.id}`,
                      data: { choice: '' },
                      on: { click: () => game.openNegotiation(run.id, silo.id) },
                    },
                    t.t('cat.negotiate'),
                  )
                : null,
            );
          }),
        ),
  );
}

/**
 * A leader's trust that explains itself (lesson L3): focus or hover lists what moved it since the
 * last turn began to end, the causes adding up to the change shown.
 */
function trustMeter(ctx: ScreenContext, siloId: string, trust: number): HTMLElement {
  const { t } = ctx;
  const g = ctx.state.session!.game;
  const moves = mergeSameCauses(trustMoves(g, siloId));
  const before = moves.reduce((x, m) => x - m.delta, trust);
  const id = `why-trust-${siloId}`;
  const first = turnsEnded(g) === 0;
  return h(
    'div',
    { class: 'explained', key: `trust-${siloId}`, attrs: { tabindex: 0, 'aria-describedby': id } },
    meter(t.t('silo.trust'), trust, {
      text: `${Math.round(trust)} · ${t.t(`mood.${moodOf(trust)}`)}`,
    }),
    h(
      'div',
      { class: 'why-tip', id, role: 'tooltip' },
      moves.length === 0
        ? h('p', { text: t.t(first ? 'trust.none-first' : 'trust.none') })
        : h(
            'ul',
            { class: 'changes' },
            changeLine(
              ctx,
              t.t(
                g.decisions.some((d) => d.type === 'endQuarter')
                  ? 'trust.title'
                  : 'trust.title-first',
              ),
              before,
              trust,
            ),
            ...reasonLines(ctx, moves, shownChange(before, trust), 'results.other-gauge'),
          ),
    ),
  );
}

/**
 * A silo's load, explained (lesson L4): what it carries, each initiative's share, its room and
 * why the room is bigger when the power core backs the CCO, and what overload costs.
 */
function siloLoadSection(
  ctx: ScreenContext,
  scenario: Scenario,
  g: GameState,
  siloId: string,
  load: number,
  capacity: number,
): HTMLElement {
  const { t } = ctx;
  const usual = scenario.silos.find((s) => s.id === siloId)!.capacity;
  const over = load > capacity;
  const parts = siloLoadParts(scenario, g, siloId);
  return h(
    'div',
    { class: `silo-load${over ? ' over' : ''}` },
    h('p', {
      class: over ? 'warn-text' : 'small',
      text: t.t(over ? 'silo.overloaded' : 'silo.load', { load, capacity }),
    }),
    parts.length > 0
      ? h(
          'ul',
          { class: 'load-parts small' },
          ...parts.map((part) =>
            h(
              'li',
              {},
              h('span', { text: initiativeName(ctx, scenario, part.initiative) }),
              h('span', { class: 'num', text: t.t('silo.load-part', { count: part.load }) }),
            ),
          ),
        )
      : null,
    capacity > usual
      ? h('p', {
          class: 'small',
          text: t.t('silo.capacity-backing', { capacity, usual, extra: capacity - usual }),
        })
      : null,
    over
      ? h('p', {
          class: 'warn-text small',
          text: t.t('silo.overload-effect', { share: t.percent(capacity / load) }),
        })
      : null,
  );
}

export function ceoPanel(ctx: ScreenContext): HTMLElement {
  const { t, game, state, edges } = ctx;
  const { scenario, game: g } = state.session!;
  const preview = reportGain(scenario, g);
  const reported = g.lastReport?.quarter === g.quarter;
  const reasons = g.lastResolution?.ceoReasons ?? [];
  const gainWord = preview.empty
    ? 'report.empty'
    : preview.gain >= 4
      ? 'report.strong'
      : preview.gain > 0
        ? 'report.some'
        : 'report.weak';
  const ev = preview.evidence;
  const currency = scenario.company.currency;
  const shows = [
    ev.kept === null
      ? t.t('report.no-ledger')
      : t.t('report.kept', {
          customers: t.signed(ev.keptCustomers ?? 0),
          share: t.percent(ev.kept / 100),
        }),
    ev.satisfaction === null
      ? t.t('report.no-satisfaction')
      : t.t('report.satisfaction', { points: t.signed(ev.satisfaction, 1) }),
    ev.money === null ? null : t.t('report.money', { money: t.money(ev.money, currency) }),
  ];
  return panel(
    ctx,
    'ceo',
    t.t('ceo.office', { name: t.text(scenario.ceo.name) }),
    h(
      'div',
      { class: 'leader-card' },
      edges.portrait(scenario.ceo.portrait, moodOf(g.ceoSupport), 96),
      h(
        'div',
        {},
        h('strong', { class: 'leader-name', text: t.text(scenario.ceo.name) }),
        h('span', { class: 'muted', text: t.text(scenario.ceo.title) }),
      ),
    ),
    meter(t.t('top.ceo-support'), g.ceoSupport, {
      tone: g.ceoSupport >= 50 ? 'good' : g.ceoSupport >= 25 ? 'warn' : 'bad',
    }),
    reasons.length > 0
      ? h(
          'ul',
          { class: 'reasons' },
          ...reasons.map((r) =>
            h(
              'li',
              {},
              h('span', { text: t.t(keyFrom(r.key), r.params) }),
              h('span', { class: 'num', text: t.signed(r.delta, 1) }),
            ),
          ),
        )
      : null,
    h('h3', { text: t.t('report.shows') }),
    h(
      'ul',
      { class: 'facts-list' },
      ...shows.map((line) => (line ? h('li', { text: line }) : null)),
    ),
    h('p', { text: t.t(preview.inMoney ? 'report.in-money' : 'report.no-money') }),
    h('p', {
      class: 'hint',
      text: `${t.t(gainWord)} ${t.t('report.gain', { gain: t.signed(preview.gain, 1) })}`,
    }),
    button(
      reported ? t.t('report.done') : t.t('report.button', { count: REPORT_COST.actionPoints }),
      () => {
        const result = game.dispatch({ type: 'reportToCeo' });
        ctx.sound.play(result.ok ? 'confirm' : 'error');
      },
      { primary: true, key: 'report', hint: 'Enter', disabled: reported, sound: 'none' },
    ),
  );
}

export function listenPanel(ctx: ScreenContext): HTMLElement {
  const { t, game, state } = ctx;
  const { scenario } = state.session!;
  return panel(
    ctx,
    'listen',
    t.t('listen.title'),
    h('p', { text: t.t('listen.explain') }),
    h('p', {
      class: 'hint',
      text: t.t('listen.cost', {
        ap: LISTEN_COST.actionPoints,
        budget: t.money(LISTEN_COST.budget, scenario.company.currency),
      }),
    }),
    h(
      'div',
      { class: 'choice-list' },
      ...scenario.segments.map((segment, i) =>
        button(
          t.text(segment.name),
          () => {
            const result = game.dispatch({ type: 'listen', segment: segment.id });
            ctx.sound.play(result.ok ? 'confirm' : 'error');
            if (result.ok) game.setPanel(null);
          },
          { choice: true, hint: String(i + 1), key: `listen-${segment.id}`, sound: 'none' },
        ),
      ),
    ),
  );
}

export function confirmEnd(ctx: ScreenContext): HTMLElement {
  const { t, game, state } = ctx;
  const g = state.session!.game;
  return confirmDialog(
    'confirm-end',
    t.t('end.confirm-title'),
    t.t('end.confirm-text', { count: g.actionPoints }),
    [
      button(t.t('end.keep-playing'), () => game.setPanel(null), {
        back: true,
        hint: 'Esc',
        key: 'keep',
      }),
      button(
        t.t('end.confirm'),
        () => {
          ctx.sound.play('quarter-end');
          game.dispatch({ type: 'endQuarter' });
        },
        { primary: true, hint: 'Enter', key: 'end-anyway', sound: 'none' },
      ),
    ],
  );
}

export function menuPanel(ctx: ScreenContext): HTMLElement {
  const { t, game } = ctx;
  return h(
    'div',
    { class: 'modal-backdrop' },
    h(
      'section',
      {
        class: 'dialog menu-dialog',
        role: 'dialog',
        data: { layer: '', panel: 'menu' },
        attrs: { 'aria-modal': 'true', 'aria-labelledby': 'menu-title' },
      },
      h('h2', { id: 'menu-title', text: t.t('menu.title') }),
      h(
        'div',
        { class: 'choice-list' },
        button(t.t('menu.resume'), () => game.setPanel(null), {
          choice: true,
          hint: '1',
          primary: true,
          key: 'resume',
        }),
        button(t.t('title.how-to-play'), () => game.open('how-to-play'), {
          choice: true,
          hint: '2',
          key: 'menu-how',
        }),
        button(t.t('title.settings'), () => game.open('settings'), {
          choice: true,
          hint: '3',
          key: 'menu-settings',
        }),
        button(
          ctx.state.session?.practice ? t.t('menu.back-to-real') : t.t('menu.quit'),
          () => (ctx.state.session?.practice ? void game.leavePractice() : game.quitToTitle()),
          {
            choice: true,
            hint: '4',
            key: 'quit',
          },
        ),
      ),
      h('p', { class: 'hint', text: t.t(ctx.state.savingOn ? 'menu.saved' : 'save.off') }),
      button(t.t('common.close'), () => game.setPanel(null), {
        back: true,
        hint: 'Esc',
        key: 'menu-close',
        class: 'btn-quiet',
      }),
    ),
  );
}
