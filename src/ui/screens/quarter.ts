// The quarter screen: the office floor (drawn by Phaser behind) with a focusable button over each
// room, the top bar, the dashboard, the action bar (initiatives, listen, CEO, end the quarter)
// and whichever panel is open. The guided first quarter adds a coach. Imports the panels.

import type { GameState } from '../../engine';
import type { ScreenContext, ScreenView } from '../context';
import { button, h } from '../dom';
import { floorLayout } from '../../stage/floor-layout';
import type { Rect } from '../../stage/floor-layout';
import { turnsEnded } from '../../store/app-store';
import type { DecisionRefusal } from '../../store/app-store';
import { topBar } from './top-bar';
import { roomCard } from './room-status';
import { dashboard } from './dashboard';
import { cataloguePanel } from './catalogue';
import { ceoPanel, confirmEnd, listenPanel, menuPanel, siloPanel } from './panels';
import { moodOf } from '../view-model';
import type { MessageKey } from '../i18n';

export function refusalText(ctx: ScreenContext, refusal: DecisionRefusal): string {
  const currency = ctx.state.session?.scenario.company.currency ?? '';
  const money = (n: number | undefined) => (n === undefined ? '' : ctx.t.money(n, currency));
  const params: Record<string, string | number> =
    refusal.reason === 'no-budget'
      ? { need: money(refusal.need), have: money(refusal.have) }
      : { need: refusal.need ?? 0, have: refusal.have ?? 0, count: refusal.need ?? 0 };
  return ctx.t.t(`refusal.${refusal.reason}`, params);
}

export function refusalNote(ctx: ScreenContext): HTMLElement | null {
  const refusal = ctx.state.ui.refusal;
  if (!refusal) return null;
  return h('p', { class: 'toast toast-bad', role: 'alert', text: refusalText(ctx, refusal) });
}

function placed(rect: Rect): Record<string, string> {
  return {
    left: `${rect.x}px`,
    top: `${rect.y}px`,
    width: `${rect.width}px`,
    height: `${rect.height}px`,
  };
}

function rooms(ctx: ScreenContext): HTMLElement {
  const { t, game, state } = ctx;
  const { scenario, game: g } = state.session!;
  const layout = floorLayout(
    scenario.silos.map((s) => s.id),
    state.stageHeight,
  );
  return h(
    'nav',
    { class: 'rooms', attrs: { 'aria-label': t.t('floor.label') } },
    ...scenario.silos.map((silo, i) => {
      const rect = layout.rooms[i]!;
      const trust = g.silos.find((s) => s.id === silo.id)?.trust ?? 0;
      const waiting = g.initiatives.some((r) =>
        r.partners.some((p) => p.silo === silo.id && p.outcome === undefined),
      );
      return h(
        'button',
        {
          class: `room-button${waiting ? ' waiting' : ''}`,
          type: 'button',
          key: `room-${silo.id}`,
          style: placed(rect),
          data: { choice: '', silo: silo.id },
          attrs: {
            'aria-label': t.t('floor.room', {
              silo: t.text(silo.name),
              leader: t.text(silo.leader.name),
              trust: Math.round(trust),
              mood: t.t(`mood.${moodOf(trust)}`),
            }),
          },
          on: {
            click: () => game.setPanel('silo', silo.id),
            focus: () => game.focusSilo(silo.id),
            mouseenter: () => game.focusSilo(silo.id),
          },
        },
        h('kbd', {
          class: 'key-hint room-key',
          text: String(i + 1),
          attrs: { 'aria-hidden': 'true' },
        }),
        waiting ? h('span', { class: 'room-flag', text: t.t('floor.waiting') }) : null,
      );
    }),
    h(
      'button',
      {
        class: 'room-button ceo-room',
        type: 'button',
        key: 'room-ceo',
        style: placed(layout.ceo),
        data: { shortcut: 'c' },
        attrs: {
          'aria-label': t.t('floor.ceo-room', {
            name: t.text(scenario.ceo.name),
            support: Math.round(g.ceoSupport),
          }),
          'aria-keyshortcuts': 'C',
        },
        on: { click: () => game.setPanel('ceo') },
      },
      h('kbd', { class: 'key-hint room-key', text: 'C', attrs: { 'aria-hidden': 'true' } }),
    ),
  );
}

/**
 * Whether the player decided anything this turn (an event's answer aside). Ending a turn with time
 * left after acting is a choice; ending one untouched is more likely a slip, so only that asks.
 */
function actedThisTurn(g: GameState): boolean {
  for (let i = g.decisions.length - 1; i >= 0; i--) {
    const type = g.decisions[i]!.type;
    if (type === 'endQuarter') return false;
    if (type !== 'answerEvent') return true;
  }
  return false;
}

function actionBar(ctx: ScreenContext): HTMLElement {
  const { t, game, state } = ctx;
  const g = state.session!.game;
  const endQuarter = () => {
    if (g.actionPoints > 0 && !actedThisTurn(g)) game.setPanel('confirm-end');
    else {
      ctx.sound.play('quarter-end');
      game.dispatch({ type: 'endQuarter' });
    }
  };
  return h(
    'div',
    { class: 'action-bar', role: 'toolbar', attrs: { 'aria-label': t.t('actions.label') } },
    button(t.t('actions.initiatives'), () => game.setPanel('catalogue'), {
      shortcut: 'i',
      key: 'open-catalogue',
      sound: 'open',
    }),
    button(t.t('actions.listen'), () => game.setPanel('listen'), {
      shortcut: 'l',
      key: 'open-listen',
    }),
    button(t.t('actions.ceo'), () => game.setPanel('ceo'), { shortcut: 'r', key: 'open-ceo' }),
    h('span', { class: 'spacer' }),
    button(g.quartersPerTurn === 2 ? t.t('actions.end-half') : t.t('actions.end'), endQuarter, {
      shortcut: 'e',
      key: 'end-quarter',
      class: 'btn-end',
      sound: 'none',
    }),
  );
}

function guide(ctx: ScreenContext): HTMLElement | null {
  const { t, game, state } = ctx;
  const session = state.session!;
  const g = session.game;
  if (!session.guided || turnsEnded(g) > 0 || state.ui.panel === 'menu') return null;
  const negotiating = g.initiatives.some((r) => r.partners.some((p) => p.outcome === undefined));
  const listening = g.initiatives.some(
    (r) => session.scenario.initiatives.find((d) => d.id === r.id)?.listening,
  );
  let step: MessageKey = 'guide.listen';
  if (negotiating) step = 'guide.negotiate';
  else if (listening && g.actionPoints > 0) step = 'guide.more';
  else if (listening || g.actionPoints === 0) step = 'guide.end';
  return h(
    'div',
    { class: 'guide', role: 'status', attrs: { 'aria-live': 'polite' } },
    h('strong', { text: t.t(g.quartersPerTurn === 2 ? 'guide.title.half' : 'guide.title') }),
    h('p', { text: t.t(step) }),
    button(t.t('guide.hide'), () => game.setGuided(false), {
      class: 'btn-quiet',
      key: 'hide-guide',
    }),
  );
}

function openPanel(ctx: ScreenContext): HTMLElement | null {
  switch (ctx.state.ui.panel) {
    case 'catalogue':
      return cataloguePanel(ctx);
    case 'silo':
      return siloPanel(ctx);
    case 'ceo':
      return ceoPanel(ctx);
    case 'listen':
      return listenPanel(ctx);
    case 'confirm-end':
      return confirmEnd(ctx);
    case 'menu':
      return menuPanel(ctx);
    default:
      return null;
  }
}

export const quarterScreen: ScreenView = {
  deps: (s) => [
    s.session?.game,
    s.session?.guided,
    s.ui.panel,
    s.ui.panel === 'silo' ? s.ui.silo : null,
    s.ui.catalogue,
    s.ui.refusal,
    s.savingOn,
    s.room,
  ],
  render(ctx) {
    return h(
      'div',
      { class: 'loop-screen quarter-screen', data: { layer: '' } },
      topBar(ctx),
      rooms(ctx),
      dashboard(ctx, roomCard(ctx), guide(ctx)),
      actionBar(ctx),
      refusalNote(ctx),
      openPanel(ctx),
    );
  },
};
