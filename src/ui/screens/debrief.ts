// The debrief, where the learning happens: a page of six tabs - the score and its breakdown, the
// charts against the do-nothing twin, the decision timeline, the lessons, the discussion prompts
// and the result code with "What if?". Each tab is its own module in ./debrief/; this screen
// draws the page, the tab bar and the open tab. A fired CCO gets the same, up to the firing.

import type { ScreenContext, ScreenView } from '../context';
import { button, h } from '../dom';
import { chartsTab } from './debrief/charts';
import { discussionTab } from './debrief/discussion';
import { lessonsTab } from './debrief/lessons';
import { resultTab } from './debrief/result';
import { summaryTab } from './debrief/summary';
import { timelineTab } from './debrief/timeline';

/** The tabs in the order of their digit keys (1..6). */
const TABS = ['summary', 'charts', 'timeline', 'lessons', 'discussion', 'result'] as const;
type DebriefTab = (typeof TABS)[number];

/** What each tab shows; a tab missing here (or in the store's list) does not compile. */
const TAB_VIEWS: Record<DebriefTab, (ctx: ScreenContext) => HTMLElement> = {
  summary: summaryTab,
  charts: chartsTab,
  timeline: timelineTab,
  lessons: lessonsTab,
  discussion: discussionTab,
  result: resultTab,
};

/** The tab bar: one tab per part, each with its digit key; the open one is selected. */
function tabBar(ctx: ScreenContext, tab: DebriefTab): HTMLElement {
  const { t, game } = ctx;
  return h(
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
  );
}

export const debriefScreen: ScreenView = {
  deps: (s) => [s.session?.game, s.ui.debriefTab],
  render(ctx) {
    const { t, game, state } = ctx;
    const session = state.session!;
    const tab = state.ui.debriefTab;
    const content = TAB_VIEWS[tab](ctx);
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
        tabBar(ctx, tab),
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
