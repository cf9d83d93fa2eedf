// An event of the quarter: a short story from work with two or three ways to answer, each with
// its cost; then what came of the answer. A defused event (a running initiative prevented it)
// only tells what happened instead. Imports the DOM helpers.

import type { EventOption, GameEvent } from '../../engine';
import type { ScreenContext, ScreenView } from '../context';
import { button, h } from '../dom';
import { moodOf } from '../view-model';
import { topBar } from './top-bar';
import { refusalNote } from './quarter';
import { roomHoldNote } from './room-status';

function costText(ctx: ScreenContext, option: EventOption): string {
  const { t } = ctx;
  const parts: string[] = [];
  const currency = ctx.state.session!.scenario.company.currency;
  if (option.cost.budget) parts.push(t.money(option.cost.budget, currency));
  if (option.cost.actionPoints) parts.push(t.t('cost.ap', { count: option.cost.actionPoints }));
  if (option.cost.politicalCapital)
    parts.push(t.t('cost.pc', { count: option.cost.politicalCapital }));
  return parts.length === 0 ? t.t('cost.free') : t.list(parts);
}

function storyHead(ctx: ScreenContext, event: GameEvent): HTMLElement {
  const { t, edges } = ctx;
  const { scenario, game: g } = ctx.state.session!;
  const silo = event.silo ? scenario.silos.find((s) => s.id === event.silo) : undefined;
  const trust = silo ? (g.silos.find((s) => s.id === silo.id)?.trust ?? 50) : 50;
  return h(
    'header',
    { class: 'event-head' },
    silo ? edges.portrait(silo.leader.portrait, moodOf(trust), 64) : null,
    h(
      'div',
      {},
      h('p', {
        class: 'eyebrow',
        text: silo ? t.t('event.from', { silo: t.text(silo.name) }) : t.t('event.eyebrow'),
      }),
      h('h1', { id: 'event-title', text: t.text(event.title) }),
    ),
  );
}

export const eventScreen: ScreenView = {
  deps: (s) => [
    s.session?.game.pendingEvents,
    s.ui.eventOutcome,
    s.ui.refusal,
    s.session?.game.actionPoints,
    s.session?.game.budget,
    s.room?.view,
  ],
  render(ctx) {
    const { t, game, state } = ctx;
    const { scenario, game: g } = state.session!;
    const answered = state.ui.eventOutcome;
    const pending = g.pendingEvents[0];
    const eventId = answered?.event ?? pending?.event;
    const event = scenario.events.find((e) => e.id === eventId);
    const body: (HTMLElement | null)[] = [];
    if (!event) {
      body.push(
        button(t.t('common.continue'), () => game.closeEventOutcome(), {
          primary: true,
          hint: 'Enter',
        }),
      );
    } else if (answered) {
      const option = event.options.find((o) => o.id === answered.option);
      body.push(
        storyHead(ctx, event),
        h('p', {
          class: 'event-outcome',
          role: 'status',
          text: option ? t.text(option.outcome) : t.text(event.mitigatedText),
        }),
        option
          ? h('p', {
              class: 'muted',
              text: t.t('event.you-chose', { option: t.text(option.label) }),
            })
          : null,
        button(t.t('common.continue'), () => game.closeEventOutcome(), {
          primary: true,
          hint: 'Enter',
          key: 'event-continue',
        }),
      );
    } else if (pending?.mitigated) {
      body.push(
        storyHead(ctx, event),
        h('p', { class: 'event-defused-label', text: t.t('event.defused') }),
        h('p', { text: t.text(event.mitigatedText) }),
        button(t.t('common.continue'), () => void game.answerEvent(event.id, null), {
          primary: true,
          hint: 'Enter',
          key: 'event-ack',
        }),
      );
    } else {
      body.push(
        storyHead(ctx, event),
        h('p', { class: 'event-text', text: t.text(event.text) }),
        h(
          'div',
          { class: 'event-options', role: 'group', attrs: { 'aria-label': t.t('event.options') } },
          ...event.options.map((option, i) =>
            h(
              'button',
              {
                class: 'event-option',
                type: 'button',
                key: `option-${option.id}`,
                data: { choice: '' },
                on: {
                  click: () => {
                    const result = game.answerEvent(event.id, option.id);
                    ctx.sound.play(result.ok ? 'confirm' : 'error');
                  },
                },
              },
              h('kbd', {
                class: 'key-hint',
                text: String(i + 1),
                attrs: { 'aria-hidden': 'true' },
              }),
              h('span', { class: 'option-label', text: t.text(option.label) }),
              h('span', { class: 'option-cost', text: costText(ctx, option) }),
            ),
          ),
        ),
        h('p', {
          class: 'hint',
          text: t.t('event.keys', {
            keys: t.either(event.options.map((_, i) => String(i + 1))),
          }),
        }),
      );
    }
    return h(
      'div',
      { class: 'loop-screen event-screen' },
      topBar(ctx, false),
      h(
        'div',
        { class: 'modal-backdrop' },
        h(
          'section',
          {
            class: 'dialog event-dialog',
            role: 'dialog',
            data: { layer: '' },
            attrs: { 'aria-modal': 'true', 'aria-labelledby': 'event-title' },
          },
          roomHoldNote(ctx),
          ...body,
          refusalNote(ctx),
        ),
      ),
    );
  },
};
