// Changes as the player reads them: a value before and after, the change shown as the difference
// of the values shown (one rounding rule), and its causes, each rounded, with a line for what
// rounding and the limits leave so the lines add up. Used by the end-of-turn report and the
// dashboard's gauges. Imports the DOM helpers and engine types.

import type { Approach, ChangeReason } from '../../engine';
import type { ScreenContext } from '../context';
import { h } from '../dom';
import { eventTitle, initiativeName, siloName } from '../names';
import { keyFrom } from '../i18n';

/**
 * A cause in words: silos, initiatives, events, approaches and answers named by id are named as
 * the player knows them.
 */
function reasonText(ctx: ScreenContext, reason: ChangeReason): string {
  const { t } = ctx;
  const params = { ...reason.params };
  const scenario = ctx.state.session?.scenario;
  if (scenario) {
    if (typeof params.silos === 'string')
      params.silos = t.list(
        params.silos
          .split(',')
          .filter(Boolean)
          .map((id) => siloName(ctx, scenario, id)),
      );
    if (typeof params.initiative === 'string')
      params.initiative = initiativeName(ctx, scenario, params.initiative);
    if (typeof params.event === 'string') params.event = eventTitle(ctx, scenario, params.event);
    if (typeof params.approach === 'string' && params.approach in scenario.approaches)
      params.approach = t.text(scenario.approaches[params.approach as Approach].name);
    if (typeof params.outcome === 'string')
      params.outcome = t.t(keyFrom(`outcome.${params.outcome}`)).toLowerCase();
  }
  return t.t(keyFrom(reason.key), params);
}

/** Causes with the same words (the same key and parameters) as one line, in first-seen order. */
export function mergeSameCauses(reasons: readonly ChangeReason[]): ChangeReason[] {
  const merged = new Map<string, ChangeReason>();
  for (const r of reasons) {
    const id = `${r.key}|${JSON.stringify(r.params ?? {})}`;
    const found = merged.get(id);
    if (found) found.delta += r.delta;
    else merged.set(id, { key: r.key, delta: r.delta, ...(r.params ? { params: r.params } : {}) });
  }
  return [...merged.values()];
}

/** The change between two values as shown (each rounded to `digits` first). */
export function shownChange(before: number, after: number, digits = 0): number {
  const round = (x: number) => Number(x.toFixed(digits));
  return Number((round(after) - round(before)).toFixed(digits)) || 0;
}

/**
 * The causes of a change, each rounded to one decimal, and a line for what rounding and the
 * 0–100 limits leave, so the lines add up to the change shown.
 */
export function reasonLines(
  ctx: ScreenContext,
  reasons: readonly ChangeReason[],
  shown: number,
  restKey = 'results.other',
) {
  const { t } = ctx;
  let listed = 0;
  const lines = reasons.map((reason) => {
    listed += Number(reason.delta.toFixed(1));
    return h(
      'li',
      { class: 'sub' },
      h('span', { text: reasonText(ctx, reason) }),
      h('span', { class: 'num', text: t.signed(reason.delta, 1) }),
    );
  });
  const rest = Number((shown - listed).toFixed(1));
  if (rest !== 0)
    lines.push(
      h(
        'li',
        { class: 'sub other' },
        h('span', { text: t.t(keyFrom(restKey)) }),
        h('span', { class: 'num', text: t.signed(rest, 1) }),
      ),
    );
  return lines;
}

export function changeLine(
  ctx: ScreenContext,
  label: string,
  before: number,
  after: number,
  digits = 0,
): HTMLElement {
  const { t } = ctx;
  // One rounding rule: the change shown is the difference of the values shown.
  const delta = shownChange(before, after, digits);
  return h(
    'li',
    {},
    h('span', { text: label }),
    h('span', { class: 'num', text: `${t.num(before, digits)} → ${t.num(after, digits)}` }),
    h('span', {
      class: `delta ${delta > 0 ? 'up' : delta < 0 ? 'down' : 'same'}`,
      text: t.signed(delta, digits),
    }),
  );
}
