// Checking a scenario file for the facilitator: the same validation as `npm run check-scenario`,
// then a quick balance run of the bots in a Web Worker, with a progress bar and a cancel button,
// showing which behaviour targets the scenario meets or misses. Imports the DOM helpers.

import { STANDARD_DIFFICULTY } from '../../engine';
import { problemText } from '../../scenario/problem';
import type { BalanceReport, StrategyStats, TargetCheck } from '../../engine/bots';
import type { ScreenContext, ScreenView } from '../context';
import { button, h } from '../dom';
import { page } from './page';
import { loaderReport, scenarioDrop, scenarioPreview } from '../scenario-file';
import { keyFrom } from '../i18n';

const SEED_CHOICES = [100, 200, 500] as const;

function targetText(ctx: ScreenContext, target: TargetCheck, report: BalanceReport): string {
  const { t } = ctx;
  const s = report.strategies;
  const get = (name: string): StrategyStats | undefined => s[name];
  const pct = (x: number | undefined) => t.percent(x ?? 0);
  const spam = Object.entries(s)
    .filter(([name]) => name.startsWith('spam:'))
    .toSorted((a, b) => b[1].scoreMedian - a[1].scoreMedian)[0];
  const spamDef = spam
    ? ctx.state.custom?.scenario.initiatives.find((i) => `spam:${i.id}` === spam[0])
    : undefined;
  const spamName = spamDef ? t.text(spamDef.name) : (spam?.[0].slice(5) ?? '');
  const params: Record<string, string | number> = {
    lost: pct(get('do-nothing')?.startingCustomersLostShareMedian),
    controllable: pct(get('do-nothing')?.controllableChurnShareMedian),
    beats: pct(get('expert')?.beatsTwinShare),
    q4: Math.round(get('expert')?.leadAtQ4Median ?? 0),
    q20: Math.round(get('expert')?.leadAtQ20Median ?? 0),
    expert: get('expert')?.scoreMedian ?? 0,
    random: get('random')?.scoreMedian ?? 0,
    anti: get('anti-pattern')?.scoreMedian ?? 0,
    fired: pct(get('anti-pattern')?.firedShare),
    generic: get('expert-generic')?.scoreMedian ?? 0,
    spam: spam?.[1].scoreMedian ?? 0,
    initiative: spamName,
  };
  return t.t(keyFrom(`target.${target.id}`), params);
}

function balancePanel(ctx: ScreenContext): HTMLElement {
  const { t, game, state } = ctx;
  const custom = state.custom!;
  const balance = state.balance;
  const running = balance?.status === 'running';
  const share = balance && balance.total > 0 ? balance.done / balance.total : 0;
  const seedsChoice = h(
    'select',
    { id: 'balance-seeds', key: 'balance-seeds', disabled: running },
    ...SEED_CHOICES.map((n) =>
      h('option', {
        attrs: { value: n, selected: n === (balance?.seeds ?? 200) },
        text: t.t('check.seeds', { count: n }),
      }),
    ),
  );
  const report = balance?.status === 'done' ? balance.report : null;
  return h(
    'section',
    { class: 'balance-panel', attrs: { 'aria-labelledby': 'balance-title' } },
    h('h2', { id: 'balance-title', text: t.t('check.balance') }),
    h('p', { class: 'hint', text: t.t('check.balance-note') }),
    h(
      'div',
      { class: 'row' },
      h('label', { class: 'field', attrs: { for: 'balance-seeds' } }, t.t('check.seeds-label')),
      seedsChoice,
      running
        ? button(t.t('check.cancel'), () => game.cancelBalance(), {
            key: 'cancel-balance',
            back: true,
            hint: 'Esc',
          })
        : button(
            t.t('check.run'),
            () => game.runBalance(custom.text, Number(seedsChoice.value), STANDARD_DIFFICULTY),
            { key: 'run-balance', primary: true, hint: 'Enter' },
          ),
    ),
    balance
      ? h(
          'div',
          { class: 'progress-row' },
          h(
            'div',
            {
              class: 'progress',
              role: 'progressbar',
              attrs: {
                'aria-label': t.t('check.progress'),
                'aria-valuemin': 0,
                'aria-valuemax': 100,
                'aria-valuenow': Math.round(share * 100),
              },
            },
            h('span', { class: 'progress-fill', style: { width: `${Math.round(share * 100)}%` } }),
          ),
          h('span', {
            class: 'small',
            role: 'status',
            text:
              balance.status === 'running'
                ? t.t('check.played', { done: balance.done, total: balance.total })
                : balance.status === 'cancelled'
                  ? t.t('check.cancelled')
                  : balance.status === 'failed'
                    ? t.t('check.failed', {
                        message: balance.problem ? problemText(balance.problem, t) : '',
                      })
                    : t.t('check.finished', { total: balance.total }),
          }),
        )
      : null,
    report
      ? h(
          'ul',
          { class: 'targets' },
          ...report.targets.map((target) =>
            h(
              'li',
              { class: target.met ? 'met' : 'missed' },
              h('span', {
                class: 'target-mark',
                text: t.t(target.met ? 'check.met' : 'check.missed'),
              }),
              h('span', { text: targetText(ctx, target, report) }),
            ),
          ),
        )
      : null,
  );
}

export const checkScreen: ScreenView = {
  deps: (s) => [s.custom, s.loader, s.balance],
  render(ctx) {
    const { t, game, state } = ctx;
    return page(
      ctx,
      {
        name: 'check-screen',
        title: t.t('check.title'),
        lead: t.t('check.lead'),
        back: () => game.open('facilitator'),
        backHint: state.balance?.status === 'running' ? null : 'Esc',
      },
      h(
        'div',
        { class: 'two-columns', data: { scrollKey: 'check' } },
        h(
          'div',
          {},
          scenarioDrop(ctx, 'check-file'),
          loaderReport(ctx),
          state.custom && state.loader?.status !== 'invalid'
            ? h(
                'section',
                { class: 'check-ok' },
                h('p', {
                  class: 'good-text',
                  role: 'status',
                  text: t.t('check.valid', { name: state.custom.name }),
                }),
                scenarioPreview(ctx, state.custom.scenario),
              )
            : null,
        ),
        state.custom && state.loader?.status !== 'invalid'
          ? balancePanel(ctx)
          : h('p', { class: 'hint', text: t.t('check.how') }),
      ),
    );
  },
};
