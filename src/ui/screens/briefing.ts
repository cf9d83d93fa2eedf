// The briefing before the first quarter: the company and its history, its power core explained,
// the org chart of silo leaders, the customers, the mandate and what the CEO expects. Imports the
// DOM helpers and the portrait edge.

import type { ScreenContext, ScreenView } from '../context';
import { button, h } from '../dom';
import { page } from './page';
import { moodOf } from '../view-model';

function orgChart(ctx: ScreenContext): HTMLElement {
  const { t, edges } = ctx;
  const { scenario, game } = ctx.state.session!;
  const ceo = scenario.ceo;
  return h(
    'section',
    { class: 'org-chart', attrs: { 'aria-labelledby': 'org-title' } },
    h('h2', { id: 'org-title', text: t.t('briefing.org') }),
    h(
      'div',
      { class: 'org-ceo' },
      edges.portrait(ceo.portrait, 'neutral', 72),
      h(
        'div',
        {},
        h('strong', { text: t.text(ceo.name) }),
        h('span', { class: 'muted', text: t.text(ceo.title) }),
      ),
    ),
    h(
      'ul',
      { class: 'org-silos' },
      ...scenario.silos.map((silo) => {
        const trust = game.silos.find((s) => s.id === silo.id)?.trust ?? silo.trust;
        const core = scenario.coreSilo === silo.id;
        return h(
          'li',
          { class: `org-silo${core ? ' core' : ''}` },
          edges.portrait(silo.leader.portrait, moodOf(trust), 56),
          h(
            'div',
            { class: 'org-text' },
            h('strong', { text: t.text(silo.leader.name) }),
            h('span', { class: 'muted', text: t.text(silo.leader.title) }),
            h('span', { class: 'org-silo-name', text: t.text(silo.name) }),
            h('span', {
              class: 'small',
              text: t.t('silo.paid-on', { kpi: t.text(silo.kpi.name) }),
            }),
            core ? h('span', { class: 'core-badge', text: t.t('silo.core-badge') }) : null,
          ),
        );
      }),
    ),
  );
}

export const briefingScreen: ScreenView = {
  deps: (s) => [s.session?.scenario, s.session?.guided],
  render(ctx) {
    const { t, game } = ctx;
    const session = ctx.state.session!;
    const { scenario } = session;
    const company = scenario.company;
    const half = session.game.quartersPerTurn === 2;
    return page(
      ctx,
      {
        name: 'briefing-screen',
        title: t.text(company.name),
        lead: t.text(company.industry),
        eyebrow: t.t('briefing.eyebrow'),
        back: () => game.quitToTitle(),
        backLabel: t.t('briefing.to-title'),
      },
      h(
        'div',
        { class: 'briefing-layout', data: { scrollKey: 'briefing' }, attrs: { tabindex: 0 } },
        h(
          'div',
          { class: 'briefing-story' },
          h('p', { class: 'tagline', text: t.text(company.tagline) }),
          h('p', { text: t.text(company.history) }),
          h(
            'section',
            { class: 'core-explained', attrs: { 'aria-labelledby': 'core-title' } },
            h('h2', {
              id: 'core-title',
              text: t.t('briefing.core', { core: t.t(`core.${scenario.powerCore}`) }),
            }),
            h('p', { text: t.t(`core.${scenario.powerCore}.explain`) }),
            h('p', { class: 'hint', text: t.t('briefing.core-hint') }),
          ),
          h(
            'section',
            { attrs: { 'aria-labelledby': 'mandate-title' } },
            h('h2', { id: 'mandate-title', text: t.t('briefing.mandate') }),
            h('p', { text: t.text(scenario.mandate) }),
            h('h2', { text: t.t('briefing.ceo-expects', { name: t.text(scenario.ceo.name) }) }),
            h('p', { text: t.text(scenario.ceo.expectations) }),
          ),
          h(
            'section',
            { attrs: { 'aria-labelledby': 'segments-title' } },
            h('h2', { id: 'segments-title', text: t.t('briefing.customers') }),
            h(
              'ul',
              { class: 'segment-list' },
              ...scenario.segments.map((segment) =>
                h(
                  'li',
                  {},
                  h('strong', {
                    text: `${t.text(segment.name)} - ${t.t('common.customers', { count: segment.customers })}`,
                  }),
                  h('span', { text: t.text(segment.description) }),
                ),
              ),
            ),
          ),
        ),
        orgChart(ctx),
      ),
      h(
        'footer',
        { class: 'page-foot' },
        h(
          'label',
          { class: 'check' },
          h('input', {
            type: 'checkbox',
            key: 'guided',
            attrs: { checked: session.guided },
            on: {
              change: (e) => game.setGuided((e.target as HTMLInputElement).checked),
            },
          }),
          h('span', { text: t.t(half ? 'briefing.guided.half' : 'briefing.guided') }),
        ),
        button(t.t(half ? 'briefing.start.half' : 'briefing.start'), () => game.beginPlay(), {
          primary: true,
          key: 'begin',
          hint: 'Enter',
        }),
      ),
    );
  },
};
