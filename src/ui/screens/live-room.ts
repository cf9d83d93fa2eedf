// The facilitator's live room page: without a room, a form for the facilitator's address (or the
// room code and key); watching one, the room's code and the teams' address in large type, the
// pacing controls (hold at the end of a year and release, a countdown, a message to all teams,
// close the room), every team as a sortable row, and the room's results ranked as teams finish
// (verified by replay, as the leaderboard does). The projector view shows the room with large type
// and nothing secret: no key, no controls. Team names and messages are text, never HTML. Its
// words are their own dictionary part, loaded with this module. Imports the DOM helpers, the
// names and the store's types; the words, the teams' table and the ranking table are modules of
// their own (live-words.ts, live-teams.ts, ranking-table.ts).

import type { LiveState } from '../../store/app-store';
import { readLiveAddress } from '../../store/live-actions';
import type { ScreenContext, ScreenView } from '../context';
import { button, confirmDialog, h } from '../dom';
import { page } from './page';
import { say } from './live-words';
import { teamsTable } from './live-teams';
import { rankingTable } from './ranking-table';
import { rankGroups } from '../../workshop/leaderboard';
import '../styles/live-room.css';

/**
 * What the facilitator has typed or picked and not sent yet, kept across redraws: every move of a
 * team draws the page again, and must not wipe a message half typed.
 */
const drafts: { year: string | null; minutes: string; message: string | null } = {
  year: null,
  minutes: '10',
  message: null,
};

/** The form: the facilitator's address pasted whole, or a room code and the key. */
function watchForm(ctx: ScreenContext): HTMLElement {
  const { game } = ctx;
  // A new room starts with nothing typed.
  Object.assign(drafts, { year: null, minutes: '10', message: null });
  const address = h('input', {
    id: 'live-address',
    type: 'text',
    key: 'live-address',
    data: { autofocus: '' },
    attrs: { autocomplete: 'off', spellcheck: 'false' },
  });
  const key = h('input', {
    id: 'live-key',
    type: 'password',
    key: 'live-key',
    attrs: { autocomplete: 'off' },
  });
  const missing = h('p', { class: 'notice notice-bad', role: 'alert', hidden: true });
  const watch = () => {
    const read = readLiveAddress(address.value, key.value);
    if (!read) {
      missing.textContent = say(ctx, 'live.form.missing');
      missing.hidden = false;
      return;
    }
    void game.watchRoom(read);
  };
  return page(
    ctx,
    {
      name: 'live-screen',
      narrow: true,
      title: say(ctx, 'live.form.title'),
      lead: say(ctx, 'live.form.lead'),
      back: () => game.open('facilitator'),
    },
    h(
      'form',
      {
        class: 'live-form',
        on: {
          submit: (event) => {
            event.preventDefault();
            watch();
          },
        },
      },
      h('label', { class: 'field', attrs: { for: 'live-address' } }, say(ctx, 'live.form.address')),
      address,
      h('label', { class: 'field', attrs: { for: 'live-key' } }, say(ctx, 'live.form.key')),
      key,
      missing,
      button(say(ctx, 'live.form.watch'), watch, { primary: true, hint: 'Enter', key: 'watch' }),
    ),
  );
}

/** Why there is no room to show, and the way to try again. */
function refusedPage(ctx: ScreenContext, live: LiveState): HTMLElement {
  const { game } = ctx;
  const again = () => {
    game.leaveRoom();
    game.open('live');
  };
  return page(
    ctx,
    {
      name: 'live-screen',
      narrow: true,
      title: say(ctx, 'live.title'),
      back: () => game.leaveRoom(),
    },
    h('p', {
      class: 'notice notice-bad live-problem',
      role: 'alert',
      text: say(ctx, `live.problem.${live.problem ?? 'unreachable'}`),
    }),
    button(say(ctx, 'live.try-again'), again, { primary: true, hint: 'Enter', key: 'again' }),
  );
}

/** The address the teams open: the one npm run room printed, or this page's own on a network. */
export function teamsAddress(live: LiveState): string | null {
  if (!live.url) return null;
  const origin = new URL(live.url);
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(origin.hostname);
  if (live.teamsHost) origin.hostname = live.teamsHost;
  else if (loopback) return null;
  return `${origin.origin}/?room=${live.code}`;
}

function clock(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The time left of the countdown, ticking each second while it is on the page. */
function countdownText(ctx: ScreenContext, endsAt: string): HTMLElement {
  const ends = new Date(endsAt).getTime();
  const el = h('p', { class: 'live-countdown', attrs: { 'aria-live': 'off' } });
  const show = () => {
    const left = ends - Date.now();
    el.textContent =
      left > 0
        ? say(ctx, 'live.countdown.left', { time: clock(left) })
        : say(ctx, 'live.countdown.over');
    el.classList.toggle('is-over', left <= 0);
    return left > 0;
  };
  show();
  // Drawn again or gone: this copy stops ticking.
  const timer = setInterval(() => {
    if (!el.isConnected || !show()) clearInterval(timer);
  }, 1000);
  return el;
}

/** The room's code and the teams' address, large, for the room to read; and the projector view. */
function roomBanner(ctx: ScreenContext, live: LiveState): HTMLElement {
  const address = teamsAddress(live);
  const projector = live.projector;
  const toggle = button(
    say(ctx, projector ? 'live.projector.leave' : 'live.projector'),
    () => ctx.game.setLiveProjector(!projector),
    { key: 'live-projector', shortcut: 'p', class: 'live-projector-toggle' },
  );
  return h(
    'section',
    { class: 'live-banner', attrs: { 'aria-label': say(ctx, 'live.room-code') } },
    h(
      'div',
      { class: 'live-code-box' },
      h('p', { class: 'eyebrow', text: say(ctx, 'live.room-code') }),
      h('p', { class: 'big-code live-code', text: live.code }),
    ),
    address
      ? h(
          'div',
          { class: 'live-address-box' },
          h('p', { class: 'eyebrow', text: say(ctx, 'live.teams-open') }),
          h('p', { class: 'live-address', text: address }),
          h('p', { class: 'small', text: say(ctx, 'live.teams-join') }),
        )
      : h('p', { class: 'live-address-box small', text: say(ctx, 'live.teams-join-code') }),
    toggle,
  );
}

/** What the teams are told now: the hold, the countdown, the message, a closed room. */
function roomNotices(ctx: ScreenContext, live: LiveState): HTMLElement {
  const room = live.room!;
  const hold = room.holdAfterQuarter;
  return h(
    'div',
    { class: 'live-notices' },
    h('p', {
      class: live.online ? 'live-status live-on' : 'live-status live-off notice notice-bad',
      role: 'status',
      text: say(ctx, live.online ? 'live.online' : 'live.offline'),
    }),
    room.closed ? h('p', { class: 'notice notice-bad', text: say(ctx, 'live.closed') }) : null,
    h('p', {
      class: hold === null ? 'live-hold' : 'live-hold notice',
      text:
        hold === null
          ? say(ctx, 'live.hold.off')
          : say(ctx, 'live.hold.on', { year: Math.ceil(hold / 4) }),
    }),
    room.countdownEndsAt ? countdownText(ctx, room.countdownEndsAt) : null,
    room.message
      ? h('p', {
          class: 'notice live-message',
          text: say(ctx, 'live.message.shown', { message: room.message }),
        })
      : null,
    live.controlFailed
      ? h('p', { class: 'notice notice-bad', role: 'alert', text: say(ctx, 'live.control-failed') })
      : null,
  );
}

/** Hold and release, the countdown, the message, and closing the room. */
function controls(ctx: ScreenContext, live: LiveState): HTMLElement {
  const { game } = ctx;
  const room = live.room!;
  const closed = room.closed;
  const heldYear = room.holdAfterQuarter === null ? '1' : String(room.holdAfterQuarter / 4);
  const pickedYear = drafts.year ?? heldYear;
  const year = h(
    'select',
    {
      id: 'live-hold-year',
      key: 'live-hold-year',
      disabled: closed,
      on: { change: () => (drafts.year = year.value) },
    },
    ...['1', '2', '3', '4'].map((y) =>
      h('option', { attrs: { value: y, selected: y === pickedYear }, text: y }),
    ),
  );
  const minutes = h('input', {
    id: 'live-minutes',
    type: 'number',
    key: 'live-minutes',
    disabled: closed,
    attrs: { min: 1, max: 240, value: drafts.minutes },
    on: { input: () => (drafts.minutes = minutes.value) },
  });
  const message = h('input', {
    id: 'live-message',
    type: 'text',
    key: 'live-message',
    disabled: closed,
    attrs: { maxlength: 500, value: drafts.message ?? room.message ?? '' },
    on: { input: () => (drafts.message = message.value) },
  });
  const send = (text: string) => {
    drafts.message = null;
    void game.messageTeams(text);
  };
  const hold = (y: number | null) => {
    drafts.year = null;
    void game.holdAtYear(y);
  };
  const minutesValue = () => {
    const n = Math.round(Number(minutes.value));
    return Number.isInteger(n) && n >= 1 && n <= 240 ? n : null;
  };
  return h(
    'section',
    { class: 'live-controls', attrs: { 'aria-label': say(ctx, 'live.pacing') } },
    h(
      'div',
      { class: 'live-control' },
      h('label', { class: 'field', attrs: { for: 'live-hold-year' } }, say(ctx, 'live.hold.year')),
      h(
        'div',
        { class: 'row' },
        year,
        button(say(ctx, 'live.hold'), () => hold(Number(year.value)), {
          key: 'live-hold',
          disabled: closed,
        }),
        button(say(ctx, 'live.release'), () => hold(null), {
          key: 'live-release',
          disabled: closed || room.holdAfterQuarter === null,
        }),
      ),
    ),
    h(
      'div',
      { class: 'live-control' },
      h(
        'label',
        { class: 'field', attrs: { for: 'live-minutes' } },
        say(ctx, 'live.countdown.minutes'),
      ),
      h(
        'div',
        { class: 'row' },
        minutes,
        button(
          say(ctx, 'live.countdown.start'),
          () => {
            const n = minutesValue();
            if (n !== null) void game.startCountdown(n);
          },
          { key: 'live-countdown', disabled: closed },
        ),
        button(say(ctx, 'live.countdown.stop'), () => void game.startCountdown(null), {
          key: 'live-countdown-stop',
          disabled: closed || room.countdownEndsAt === null,
        }),
      ),
    ),
    h(
      'form',
      {
        class: 'live-control live-message-form',
        on: {
          submit: (event) => {
            event.preventDefault();
            send(message.value);
          },
        },
      },
      h(
        'label',
        { class: 'field', attrs: { for: 'live-message' } },
        say(ctx, 'live.message.label'),
      ),
      h(
        'div',
        { class: 'row' },
        message,
        button(say(ctx, 'live.message.send'), () => send(message.value), {
          key: 'live-message-send',
          disabled: closed,
        }),
        button(say(ctx, 'live.message.clear'), () => send(''), {
          key: 'live-message-clear',
          disabled: closed || room.message === null,
        }),
      ),
    ),
    h(
      'div',
      { class: 'live-control live-close' },
      button(say(ctx, 'live.close'), () => game.askCloseRoom(true), {
        key: 'live-close',
        class: 'btn-danger',
        disabled: closed,
      }),
    ),
  );
}

/**
 * The room's results as teams finish, each verified by replay on this page's leaderboard and
 * ranked as it ranks them; the button opens the leaderboard for its charts and exports.
 */
function roomResults(ctx: ScreenContext, live: LiveState): HTMLElement {
  const codes = new Set(live.teams.flatMap((team) => (team.result ? [team.result.code] : [])));
  const entries = ctx.state.board.entries.filter((entry) => codes.has(entry.text));
  const verified = entries.flatMap((entry) => (entry.verification.ok ? [entry.verification] : []));
  const rejected = entries.length - verified.length;
  const note =
    codes.size === 0 ? 'live.board.none' : entries.length === 0 ? 'live.results.checking' : null;
  return h(
    'section',
    { class: 'live-results', attrs: { 'aria-labelledby': 'live-results-title' } },
    h('h2', { id: 'live-results-title', text: say(ctx, 'live.results') }),
    note ? h('p', { class: 'small', id: 'live-board-note', text: say(ctx, note) }) : null,
    ...rankGroups(verified).map((group) => rankingTable(ctx, group)),
    rejected > 0
      ? h('p', {
          class: 'notice notice-bad',
          text: say(ctx, 'live.results.rejected', { count: rejected }),
        })
      : null,
    live.projector
      ? null
      : button(say(ctx, 'live.board'), () => void ctx.game.openLiveBoard(), {
          key: 'live-board',
          disabled: entries.length === 0,
          describedBy: note ? 'live-board-note' : undefined,
        }),
  );
}

function closeDialog(ctx: ScreenContext): HTMLElement {
  const { game } = ctx;
  return confirmDialog('live-close', say(ctx, 'live.close.title'), say(ctx, 'live.close.text'), [
    button(say(ctx, 'live.close.cancel'), () => game.askCloseRoom(false), {
      back: true,
      hint: 'Esc',
      key: 'live-close-cancel',
    }),
    button(say(ctx, 'live.close.confirm'), () => void game.closeRoom(), {
      key: 'live-close-confirm',
      class: 'btn-danger',
    }),
  ]);
}

function watchingPage(ctx: ScreenContext, live: LiveState): HTMLElement {
  const { game } = ctx;
  const projector = live.projector;
  // On the projector, once teams finish, the ranking is what the room looks at first.
  const resultsFirst = projector && live.teams.some((team) => team.result);
  const results = roomResults(ctx, live);
  return page(
    ctx,
    {
      name: projector ? 'live-screen live-projector' : 'live-screen',
      title: live.room?.name || say(ctx, 'live.unnamed', { code: live.code }),
      eyebrow: say(ctx, 'live.title'),
      // On the projector, Esc leaves the projector view first.
      back: projector ? () => game.setLiveProjector(false) : () => game.open('facilitator'),
      dialog: live.confirmClose && !projector ? closeDialog(ctx) : null,
    },
    h(
      'div',
      { class: 'live-body', data: { scrollKey: 'live-body' } },
      roomBanner(ctx, live),
      roomNotices(ctx, live),
      projector ? null : controls(ctx, live),
      resultsFirst ? results : null,
      teamsTable(ctx, live),
      resultsFirst ? null : results,
    ),
  );
}

export const liveRoomScreen: ScreenView = {
  deps: (state) => [state.live, state.board.entries],
  render(ctx) {
    const live = ctx.state.live;
    if (!live) return watchForm(ctx);
    if (live.status === 'refused') return refusedPage(ctx, live);
    if (live.status === 'connecting' || !live.room)
      return page(
        ctx,
        {
          name: 'live-screen',
          narrow: true,
          title: say(ctx, 'live.title'),
          back: () => ctx.game.leaveRoom(),
        },
        h('p', { class: 'notice', role: 'status', text: say(ctx, 'live.connecting') }),
        live.problem === 'no-answer'
          ? h('p', {
              class: 'notice notice-bad',
              role: 'alert',
              text: say(ctx, 'live.problem.no-answer'),
            })
          : null,
      );
    return watchingPage(ctx, live);
  },
};
