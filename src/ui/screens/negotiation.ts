// The negotiation scene: the leader (the floor zooms to their room behind this panel), their
// agenda and KPI, what the player brings, the approaches with their rough chances and costs, and
// then the answer in the leader's own voice with the reasons behind it. Imports engine helpers.

import type { Approach, NegotiationOutcome, NegotiationResult, Scenario, Silo } from '../../engine';
import {
  APPROACHES,
  evidenceQuality,
  hasValueModel,
  previewNegotiation,
  siloCapacity,
  siloLoad,
} from '../../engine';
import type { ScreenContext, ScreenView } from '../context';
import { button, h } from '../dom';
import { initiativeName } from '../names';
import { moodOf } from '../view-model';
import { topBar } from './top-bar';
import { refusalNote, refusalText } from './quarter';
import { keyFrom } from '../i18n';
import type { MessageKey } from '../i18n';

const OUTCOMES: readonly NegotiationOutcome[] = ['full', 'pilot', 'nominal', 'refused'];

/** The leader's line for an answer: their own, else the scenario's, else the default. */
export function leaderLine(
  ctx: ScreenContext,
  scenario: Scenario,
  silo: Silo,
  result: NegotiationResult,
): string {
  const outcome = result.line.split('.')[0]!;
  const text =
    silo.leader.voice[result.line] ??
    scenario.voice[result.line] ??
    silo.leader.voice[`${outcome}.default`] ??
    scenario.voice[`${outcome}.default`];
  const initiative = scenario.initiatives.find((i) => i.id === result.initiative);
  return ctx.t
    .text(text)
    .replaceAll('{kpi}', midSentence(ctx.t.text(silo.kpi.name), ctx.t.lang))
    .replaceAll('{initiative}', initiative ? ctx.t.text(initiative.name) : result.initiative);
}

/**
 * A name as it reads inside a sentence: its first letter in lower case ("Operating margin" →
 * "operating margin"), unless its first word is an abbreviation ("EBITDA margin", "NPS"). The
 * rest keeps the case it was written in.
 */
export function midSentence(name: string, lang: string): string {
  const first = /^\p{L}+/u.exec(name)?.[0] ?? '';
  if (first.length >= 2 && first === first.toLocaleUpperCase(lang)) return name;
  return name.charAt(0).toLocaleLowerCase(lang) + name.slice(1);
}

function chanceWord(share: number): MessageKey {
  if (share >= 0.75) return 'chance.very-likely';
  if (share >= 0.5) return 'chance.likely';
  if (share >= 0.25) return 'chance.possible';
  if (share >= 0.08) return 'chance.unlikely';
  return 'chance.long-shot';
}

function oddsBar(ctx: ScreenContext, odds: Record<NegotiationOutcome, number>): HTMLElement {
  return h(
    'span',
    { class: 'odds', attrs: { 'aria-hidden': 'true' } },
    ...OUTCOMES.map((o) =>
      h('span', {
        class: `odds-part odds-${o}`,
        style: { width: `${Math.round(odds[o] * 100)}%` },
        title: ctx.t.t(`outcome.${o}`),
      }),
    ),
  );
}

function approachList(ctx: ScreenContext, initiative: string, silo: Silo): HTMLElement {
  const { t, game, state } = ctx;
  const { scenario, game: g } = state.session!;
  const currency = scenario.company.currency;
  return h(
    'ol',
    { class: 'approaches', attrs: { 'aria-label': t.t('neg.approaches') } },
    ...APPROACHES.map((approach: Approach, i) => {
      const info = scenario.approaches[approach];
      const preview = previewNegotiation(scenario, g, initiative, silo.id, approach);
      const yes = preview.ok ? preview.odds.full + preview.odds.pilot : 0;
      const costs: string[] = [];
      if (preview.ok) {
        if (preview.cost.budget) costs.push(t.money(preview.cost.budget, currency));
        if (preview.cost.capital) costs.push(t.t('cost.pc', { count: preview.cost.capital }));
        if (preview.cost.support) costs.push(t.t('cost.support', { count: preview.cost.support }));
      }
      const summary = preview.ok
        ? t.t('neg.odds', { chance: t.t(chanceWord(yes)) })
        : refusalText(ctx, preview);
      return h(
        'li',
        {},
        h(
          'button',
          {
            class: 'approach',
            type: 'button',
            key: `approach-${approach}`,
            disabled: !preview.ok,
            data: { choice: '', sound: 'none' },
            attrs: { 'aria-describedby': `approach-${approach}-note` },
            on: {
              click: () => {
                const result = game.negotiate({
                  type: 'negotiate',
                  initiative,
                  silo: silo.id,
                  approach,
                });
                if (!result.ok) ctx.sound.play('error');
                else {
                  const outcome = game.store.getState().ui.negotiation?.result?.outcome;
                  if (outcome) ctx.sound.play(outcome);
                }
              },
            },
          },
          h('kbd', { class: 'key-hint', text: String(i + 1), attrs: { 'aria-hidden': 'true' } }),
          h('span', { class: 'approach-name', text: t.text(info.name) }),
          h('span', { class: 'approach-desc', text: t.text(info.description) }),
          preview.ok ? oddsBar(ctx, preview.odds) : null,
          h('span', {
            class: 'approach-note',
            id: `approach-${approach}-note`,
            text:
              costs.length > 0
                ? `${summary} · ${t.t('neg.costs', { costs: t.list(costs) })}`
                : summary,
          }),
        ),
      );
    }),
  );
}

function brief(ctx: ScreenContext, silo: Silo, initiative: string): HTMLElement {
  const { t } = ctx;
  const { scenario, game: g } = ctx.state.session!;
  const live = g.silos.find((s) => s.id === silo.id)!;
  const def = scenario.initiatives.find((d) => d.id === initiative)!;
  const ask = def.partners.find((p) => p.silo === silo.id)?.ask ?? 'medium';
  const evidence = evidenceQuality(g);
  const evidenceKey =
    evidence === null
      ? 'neg.evidence.none'
      : evidence >= 1
        ? 'neg.evidence.strong'
        : evidence >= 0.7
          ? 'neg.evidence.good'
          : evidence > 0
            ? 'neg.evidence.weak'
            : 'neg.evidence.stale';
  const load = siloLoad(scenario, g, silo.id);
  const capacity = siloCapacity(scenario, g, scenario.silos.indexOf(silo));
  return h(
    'div',
    { class: 'neg-brief' },
    h(
      'ul',
      { class: 'facts-list' },
      h('li', { text: t.t('silo.paid-on', { kpi: t.text(silo.kpi.name) }) }),
      h('li', {
        text: `${t.t(`personality.${silo.leader.personality}`)} · ${t.t('neg.trust', { trust: Math.round(live.trust), mood: t.t(`mood.${moodOf(live.trust)}`) })}`,
      }),
      h('li', { text: t.t('neg.orientation', { value: Math.round(live.orientation) }) }),
      h('li', {
        class: load >= capacity ? 'warn-text' : undefined,
        text: t.t(load > capacity ? 'silo.overloaded' : 'silo.load', {
          load,
          capacity,
        }),
      }),
      h('li', {
        text: t.t('neg.ask', {
          ask: t.t(`ask.${ask}`),
          scale: t.t(`scale.${g.initiatives.find((r) => r.id === initiative)?.scale ?? 'full'}`),
        }),
      }),
      h('li', { text: t.t(evidenceKey) }),
      h('li', { text: t.t(hasValueModel(scenario, g) ? 'neg.money.yes' : 'neg.money.no') }),
      scenario.coreSilo === silo.id
        ? h('li', { class: 'core-badge', text: t.t('neg.core-leader') })
        : null,
    ),
  );
}

function answer(ctx: ScreenContext, silo: Silo, result: NegotiationResult): HTMLElement {
  const { t, game, state } = ctx;
  const { scenario, game: g } = state.session!;
  const reasons = result.factors
    .filter((f) => Math.abs(f.value) >= 0.02)
    .slice(0, 3)
    .map((f) =>
      h('li', {
        class: f.value > 0 ? 'for' : 'against',
        text: t.t(keyFrom(`factor.${f.id}.${f.value > 0 ? 'for' : 'against'}`)),
      }),
    );
  const nextPartner = g.initiatives
    .flatMap((run) =>
      run.partners
        .filter((p) => p.outcome === undefined)
        .map((p) => ({ run: run.id, silo: p.silo })),
    )
    .find((p) => !(p.run === result.initiative && p.silo === silo.id));
  return h(
    'div',
    {
      class: `neg-answer outcome-${result.outcome}`,
      role: 'status',
      attrs: { 'aria-live': 'polite' },
    },
    h('p', { class: 'outcome-head', text: t.t(`outcome.${result.outcome}`) }),
    h(
      'blockquote',
      { class: 'leader-line' },
      h('p', { text: ctx.t.quote(leaderLine(ctx, scenario, silo, result)) }),
      h('cite', { text: t.text(silo.leader.name) }),
    ),
    h('h3', { text: t.t('neg.why') }),
    h('ul', { class: 'why-list' }, ...reasons),
    h('p', { class: 'small', text: t.t(`outcome.${result.outcome}.means`) }),
    h('p', {
      class: 'small',
      text: t.t('neg.trust-change', { change: t.signed(result.trustChange) }),
    }),
    h(
      'div',
      { class: 'row' },
      nextPartner
        ? button(
            t.t('neg.next', {
              leader: t.text(scenario.silos.find((s) => s.id === nextPartner.silo)?.leader.name),
              initiative: initiativeName(ctx, scenario, nextPartner.run),
            }),
            () => game.openNegotiation(nextPartner.run, nextPartner.silo),
            { key: 'next-partner', shortcut: 'n' },
          )
        : null,
      button(t.t('neg.done'), () => game.closeNegotiation(), {
        primary: true,
        hint: 'Enter',
        key: 'neg-done',
      }),
    ),
  );
}

export const negotiationScreen: ScreenView = {
  deps: (s) => [s.session?.game, s.ui.negotiation, s.ui.refusal],
  render(ctx) {
    const { t, game, state, edges } = ctx;
    const { scenario, game: g } = state.session!;
    const talk = state.ui.negotiation!;
    const silo = scenario.silos.find((s) => s.id === talk.silo)!;
    const live = g.silos.find((s) => s.id === silo.id)!;
    return h(
      'div',
      { class: 'loop-screen negotiation-screen', data: { layer: '' } },
      topBar(ctx, false),
      h(
        'section',
        { class: 'negotiation-panel', attrs: { 'aria-labelledby': 'neg-title' } },
        h(
          'header',
          { class: 'panel-head' },
          h(
            'div',
            { class: 'leader-card' },
            edges.portrait(silo.leader.portrait, moodOf(live.trust), 72),
            h(
              'div',
              {},
              h('h1', { id: 'neg-title', class: 'neg-title', text: t.text(silo.leader.name) }),
              h('span', {
                class: 'muted',
                text: `${t.text(silo.leader.title)} · ${t.text(silo.name)}`,
              }),
              h('span', {
                class: 'neg-about',
                text: t.t('neg.about', {
                  initiative: initiativeName(ctx, scenario, talk.initiative),
                }),
              }),
            ),
          ),
          talk.result
            ? null
            : button(t.t('neg.leave'), () => game.closeNegotiation(), {
                back: true,
                hint: 'Esc',
                key: 'neg-leave',
              }),
        ),
        talk.result ? answer(ctx, silo, talk.result) : brief(ctx, silo, talk.initiative),
        talk.result ? null : approachList(ctx, talk.initiative, silo),
        refusalNote(ctx),
      ),
    );
  },
};
