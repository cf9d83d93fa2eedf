// The initiative catalogue over the office floor: filter by category, a list on the left (digits
// pick), the selected initiative's card on the right with its cost, duration, partners, fit with
// the power core and what it moves; launch it in full or as a pilot. The "running" filter lists
// the player's initiatives with their partners' commitment, ramp and realisation, to negotiate,
// scale or stop. Imports engine helpers and the DOM helpers.

import type { Initiative, InitiativeState } from '../../engine';
import { CATEGORIES, launchCost, ramp, scaleCost, upkeepCost } from '../../engine';
import type { ScreenContext } from '../context';
import { button, h } from '../dom';
import { effectChips, effectNotes, marks } from '../effects-summary';
import { siloName } from '../names';
import { keyFrom } from '../i18n';

function costLine(
  ctx: ScreenContext,
  cost: { budget: number; actionPoints: number; politicalCapital: number },
): string {
  const { t } = ctx;
  const currency = ctx.state.session!.scenario.company.currency;
  const parts = [t.money(cost.budget, currency)];
  if (cost.actionPoints) parts.push(t.t('cost.ap', { count: cost.actionPoints }));
  if (cost.politicalCapital) parts.push(t.t('cost.pc', { count: cost.politicalCapital }));
  return parts.join(' + ');
}

function fitText(ctx: ScreenContext, def: Initiative): { text: string; tone: string } {
  const { scenario } = ctx.state.session!;
  const fit = def.affinity[scenario.powerCore] ?? 0;
  const core = ctx.t.t(`core.${scenario.powerCore}`);
  if (fit >= 0.5) return { text: ctx.t.t('fit.strong', { core }), tone: 'good' };
  if (fit >= 0.15) return { text: ctx.t.t('fit.some', { core }), tone: 'good' };
  if (fit <= -0.4) return { text: ctx.t.t('fit.against', { core }), tone: 'bad' };
  if (fit < 0) return { text: ctx.t.t('fit.awkward', { core }), tone: 'warn' };
  return { text: ctx.t.t('fit.neutral', { core }), tone: 'neutral' };
}

function details(ctx: ScreenContext, def: Initiative): (HTMLElement | null)[] {
  const { t } = ctx;
  const { scenario } = ctx.state.session!;
  const fit = fitText(ctx, def);
  const chips = effectChips(t, def);
  return [
    h('p', { class: 'card-summary', text: t.text(def.summary) }),
    h(
      'dl',
      { class: 'facts' },
      h('dt', { text: t.t('cat.cost') }),
      h('dd', {
        text: t.t('cat.cost-value', {
          launch: costLine(ctx, launchCost(def, 'full')),
          upkeep: t.money(upkeepCost(def, 'full'), scenario.company.currency),
        }),
      }),
      h('dt', { text: t.t('cat.duration') }),
      h('dd', { text: t.t('cat.ramp', { count: def.rampQuarters }) }),
      h('dt', { text: t.t('cat.partners') }),
      h(
        'dd',
        {},
        def.partners.length === 0
          ? t.t('cat.no-partners')
          : t.list(
              def.partners.map((p) =>
                t.t('cat.partner', {
                  silo: siloName(ctx, scenario, p.silo),
                  ask: t.t(`ask.${p.ask}`),
                }),
              ),
            ),
      ),
      def.segments.length > 0 ? h('dt', { text: t.t('cat.for') }) : null,
      def.segments.length > 0
        ? h(
            'dd',
            {},
            t.list(
              def.segments.map(
                (id) => t.text(scenario.segments.find((s) => s.id === id)?.name) || id,
              ),
            ),
          )
        : null,
    ),
    h('p', { class: `fit tone-${fit.tone}`, text: fit.text }),
    chips.length > 0
      ? h(
          'ul',
          { class: 'chips', attrs: { 'aria-label': t.t('cat.moves') } },
          ...chips.map((c) =>
            h(
              'li',
              { class: `chip ${c.strength > 0 ? 'up' : 'down'}` },
              h('span', { text: c.label }),
              h('span', { class: 'marks', text: marks(c), attrs: { 'aria-hidden': 'true' } }),
              h('span', {
                class: 'visually-hidden',
                text: t.t(
                  keyFrom(`cat.${c.strength > 0 ? 'raises' : 'lowers'}.${Math.abs(c.strength)}`),
                ),
              }),
            ),
          ),
        )
      : null,
    ...effectNotes(t, def).map((note) => h('p', { class: 'effect-note', text: note })),
  ];
}

function runningStatus(ctx: ScreenContext, def: Initiative, run: InitiativeState): HTMLElement {
  const { t, game } = ctx;
  const { scenario } = ctx.state.session!;
  const rows = run.partners.map((p) => {
    const name = siloName(ctx, scenario, p.silo);
    const canAsk = p.outcome !== 'full' && !(p.outcome === 'pilot' && run.scale === 'pilot');
    return h(
      'li',
      { class: `partner partner-${p.outcome ?? 'waiting'}` },
      h('span', { class: 'partner-name', text: name }),
      h('span', {
        class: 'partner-state',
        text: p.outcome
          ? t.t(`outcome.${p.outcome}.short`, { commitment: t.percent(p.commitment) })
          : t.t('outcome.waiting'),
      }),
      canAsk
        ? button(t.t('cat.negotiate'), () => game.openNegotiation(run.id, p.silo), {
            key: `neg-${run.id}-${p.silo}`,
          })
        : null,
    );
  });
  const progress = ramp(def, run);
  return h(
    'div',
    { class: 'running-status' },
    h('p', {
      class: 'status-line',
      text:
        run.status === 'negotiating'
          ? t.t('run.negotiating')
          : t.t('run.running', {
              scale: t.t(`scale.${run.scale}`),
              ramp: t.percent(progress),
              realised: t.percent(run.realisation),
            }),
    }),
    run.limitingGauge && run.status === 'running'
      ? h('p', {
          class: 'hint',
          text: t.t('run.limited', { gauge: t.t(`gauge.${run.limitingGauge}`) }),
        })
      : null,
    run.pilotReading
      ? h('p', {
          class: 'hint',
          text: t.t(run.pilotReading.share < 0 ? 'run.pilot-harm' : 'run.pilot-reading', {
            share: t.percent(Math.abs(run.pilotReading.share)),
            plusminus: t.percent(run.pilotReading.uncertainty),
          }),
        })
      : null,
    rows.length > 0 ? h('ul', { class: 'partners' }, ...rows) : null,
    h(
      'div',
      { class: 'row' },
      run.scale === 'pilot'
        ? button(
            t.t('run.scale', { cost: costLine(ctx, scaleCost(def)) }),
            () => game.dispatch({ type: 'scale', initiative: run.id }),
            { key: `scale-${run.id}`, primary: true, hint: 'Enter' },
          )
        : null,
      button(t.t('run.stop'), () => game.dispatch({ type: 'stop', initiative: run.id }), {
        key: `stop-${run.id}`,
        class: 'btn-danger',
      }),
    ),
  );
}

async function launchThenNegotiate(ctx: ScreenContext, def: Initiative, scale: 'pilot' | 'full') {
  const { game } = ctx;
  const result = game.dispatch({ type: 'launch', initiative: def.id, scale });
  if (!result.ok) {
    ctx.sound.play('error');
    return;
  }
  ctx.sound.play('confirm');
  const run = game.store.getState().session?.game.initiatives.find((r) => r.id === def.id);
  const first = run?.partners.find((p) => p.outcome === undefined);
  if (first) game.openNegotiation(def.id, first.silo);
}

export function cataloguePanel(ctx: ScreenContext): HTMLElement {
  const { t, game, state } = ctx;
  const { scenario, game: g } = state.session!;
  const { filter, selected } = state.ui.catalogue;
  const running = new Map(g.initiatives.map((r) => [r.id, r]));
  const present = CATEGORIES.filter((c) => scenario.initiatives.some((i) => i.category === c));
  const list =
    filter === 'running'
      ? scenario.initiatives.filter((i) => running.has(i.id))
      : scenario.initiatives.filter((i) => filter === 'all' || i.category === filter);
  const current = list.find((i) => i.id === selected) ?? list[0];
  const tabs = [
    { id: 'running', label: t.t('cat.running', { count: g.initiatives.length }) },
    { id: 'all', label: t.t('cat.all') },
    ...present.map((c) => ({ id: c, label: t.t(`category.${c}`) })),
  ];
  const run = current ? running.get(current.id) : undefined;
  return h(
    'section',
    {
      class: 'panel catalogue-panel',
      role: 'dialog',
      data: { layer: '', panel: 'catalogue' },
      attrs: { 'aria-modal': 'false', 'aria-labelledby': 'cat-title' },
    },
    h(
      'header',
      { class: 'panel-head' },
      h('h2', { id: 'cat-title', text: t.t('cat.title') }),
      button(t.t('common.close'), () => game.setPanel(null), {
        back: true,
        hint: 'Esc',
        key: 'cat-close',
      }),
    ),
    h(
      'div',
      { class: 'tabs', role: 'group', attrs: { 'aria-label': t.t('cat.filter') } },
      ...tabs.map((tab) =>
        h(
          'button',
          {
            class: `tab${tab.id === filter ? ' active' : ''}`,
            type: 'button',
            key: `tab-${tab.id}`,
            attrs: { 'aria-pressed': tab.id === filter ? 'true' : 'false' },
            on: { click: () => game.setCatalogue({ filter: tab.id, selected: null }) },
          },
          tab.label,
        ),
      ),
    ),
    h(
      'div',
      { class: 'catalogue-body' },
      h(
        'ol',
        { class: 'catalogue-list', data: { scrollKey: 'cat-list' } },
        ...(list.length === 0 ? [h('li', { class: 'empty', text: t.t('cat.none-running') })] : []),
        ...list.map((def, i) => {
          const r = running.get(def.id);
          return h(
            'li',
            {},
            h(
              'button',
              {
                class: `catalogue-item${def.id === current?.id ? ' selected' : ''}`,
                type: 'button',
                key: `item-${def.id}`,
                attrs: { 'aria-pressed': def.id === current?.id ? 'true' : 'false' },
                data: { choice: '' },
                on: { click: () => game.setCatalogue({ selected: def.id }) },
              },
              i < 9
                ? h('kbd', {
                    class: 'key-hint',
                    text: String(i + 1),
                    attrs: { 'aria-hidden': 'true' },
                  })
                : null,
              h('span', { class: 'item-name', text: t.text(def.name) }),
              h('span', {
                class: 'item-meta',
                text: r
                  ? t.t(`run.badge.${r.status}`)
                  : `${t.t(`category.${def.category}`)} · ${t.money(launchCost(def, 'full').budget, scenario.company.currency)}`,
              }),
            ),
          );
        }),
      ),
      current
        ? h(
            'article',
            { class: 'catalogue-card', attrs: { 'aria-labelledby': 'card-title' } },
            h('p', { class: 'eyebrow', text: t.t(`category.${current.category}`) }),
            h('h3', { id: 'card-title', text: t.text(current.name) }),
            ...details(ctx, current),
            run
              ? runningStatus(ctx, current, run)
              : h(
                  'div',
                  { class: 'row launch-row' },
                  button(
                    t.t('cat.launch', { cost: costLine(ctx, launchCost(current, 'full')) }),
                    () => void launchThenNegotiate(ctx, current, 'full'),
                    { primary: true, key: 'launch', hint: 'Enter', sound: 'none' },
                  ),
                  current.pilotable
                    ? button(
                        t.t('cat.pilot', { cost: costLine(ctx, launchCost(current, 'pilot')) }),
                        () => void launchThenNegotiate(ctx, current, 'pilot'),
                        { key: 'pilot', shortcut: 'p', sound: 'none' },
                      )
                    : null,
                ),
          )
        : null,
    ),
  );
}
