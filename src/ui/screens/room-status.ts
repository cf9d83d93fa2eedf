// A team's live room on the game's screens: a badge in the top bar (the room's code, connected or
// not) and a card at the top of the dashboard with what the facilitator has set - a hold at a
// year's end, the time the round ends, a message, the room closed - a word when decisions are
// waiting to reach the room or the room's game replaced this one, and the team's rejoin code for a
// second computer. Text from the facilitator is shown as text, never as HTML. Imports the DOM
// helpers and the protocol's hold rule.

import type { ScreenContext } from '../context';
import { h } from '../dom';
import { isHeld } from '../../workshop/room-protocol';
import type { RoomView } from '../../workshop/room-protocol';
import '../styles/room-status.css';

/** The top bar's word on the room: its code, and whether it is connected (null outside one). */
export function roomBadge(ctx: ScreenContext): HTMLElement | null {
  const { state, t } = ctx;
  const room = state.room;
  if (!room || !state.session || state.session.practice) return null;
  return h(
    'span',
    { class: `save-state room-state ${room.online ? 'room-online' : 'room-offline'}` },
    t.t(room.online ? 'room.badge.online' : 'room.badge.offline', { code: room.link.code }),
  );
}

/**
 * The room's card at the top of the dashboard: what the facilitator has set, anything the team
 * should know about its game and the room, and the team's rejoin code (null outside a room).
 */
export function roomCard(ctx: ScreenContext): HTMLElement | null {
  const { state, t } = ctx;
  const room = state.room;
  const session = state.session;
  if (!room || !session || session.practice) return null;
  const view = room.view;
  const waiting = session.game.decisions.length - room.stored;
  const notes: HTMLElement[] = [];
  const note = (text: string, tone: 'info' | 'warn' = 'info') =>
    notes.push(h('p', { class: `room-note room-note-${tone}`, text }));

  if (view?.closed) note(t.t('room.closed'), 'warn');
  else if (view && isHeld(view, session.game)) note(heldText(ctx, view), 'warn');
  else if (room.stop === 'refused' || room.stop === 'malformed') note(t.t('room.refused'), 'warn');
  if (view?.countdownEndsAt) {
    const ends = new Date(view.countdownEndsAt);
    if (ends.getTime() > Date.now())
      note(
        t.t('room.countdown', {
          time: ends.toLocaleTimeString(t.lang, { hour: '2-digit', minute: '2-digit' }),
        }),
      );
  }
  if (view?.message) note(t.t('room.message', { text: view.message }));
  if (room.adopted) note(t.t('room.adopted'));
  if (!room.online) note(t.t('room.offline'));
  if (waiting > 0 && !room.online) note(t.t('room.waiting', { count: waiting }));

  return h(
    'section',
    { class: 'room-card', attrs: { 'aria-label': t.t('room.label') } },
    h('h2', { class: 'room-title', text: t.t('room.badge', { code: room.link.code }) }),
    h('div', { attrs: { role: 'status', 'aria-live': 'polite' } }, ...notes),
    h('p', { class: 'room-rejoin', text: t.t('room.rejoin', { code: room.link.rejoinCode }) }),
  );
}

/**
 * The hold alone, for the event screen: a team held at a year's end meets the next year's events
 * first, and answers them after the release.
 */
export function roomHoldNote(ctx: ScreenContext): HTMLElement | null {
  const { state } = ctx;
  const view = state.room?.view;
  const session = state.session;
  if (!view || !session || session.practice || !isHeld(view, session.game)) return null;
  return h('p', { class: 'room-note room-note-warn', role: 'status', text: heldText(ctx, view) });
}

/** "The facilitator is holding every team after year N." */
function heldText(ctx: ScreenContext, view: RoomView): string {
  return ctx.t.t('room.held', { year: Math.ceil((view.holdAfterQuarter ?? 4) / 4) });
}
