// Plain views of the game built from the store for the scenes and panels: the floor, the money
// and time on the top bar. Reads engine data; decides nothing. Imports engine helpers and types.

import type { GameState, Scenario } from '../engine';
import { siloCapacity, siloLoad, totalCustomers } from '../engine';
import type { AppState } from '../store/app-store';
import { turnsEnded } from '../store/app-store';
import type { FloorLabels, FloorView, Mood } from '../stage/floor-view';
import type { Translator } from './i18n';
import { moodFromTrust } from '../stage/mood';

export function moodOf(trust: number): Mood {
  return moodFromTrust(trust);
}

/** The scenes' words in the player's language. */
export function floorLabels(t: Translator, ceoTitle: string, halfYears = false): FloorLabels {
  return {
    trust: t.t('floor.trust'),
    support: t.t('floor.support'),
    load: t.t('floor.load'),
    overloaded: t.t('floor.overloaded'),
    powerCore: t.t('silo.core-badge'),
    coffeeCorner: t.t('floor.coffee'),
    ceoTitle,
    ceoBacks: t.t('floor.ceo-backs'),
    ceoWatching: t.t('floor.ceo-watching'),
    ceoImpatient: t.t('floor.ceo-impatient'),
    customersThisQuarter: t.t(
      halfYears ? 'floor.customers-this-quarter.half' : 'floor.customers-this-quarter',
    ),
    figureUnit: (n) => t.t('floor.figure-unit', { count: n }),
    won: (n) => t.t('floor.won', { count: n }),
    lostControllable: (n) => t.t('floor.lost-controllable', { count: n }),
    lostUncontrollable: (n) => t.t('floor.lost-uncontrollable', { count: n }),
    lostUnknown: (n) => t.t('floor.lost-unknown', { count: n }),
    legendWon: t.t('floor.legend-won'),
    legendLostControllable: t.t('floor.legend-lost-controllable'),
    legendLostUncontrollable: t.t('floor.legend-lost-uncontrollable'),
    legendLostUnknown: t.t('floor.legend-lost-unknown'),
    // Whole numbers, but a load of 4.5 places stays 4.5 (the silo panel lists its halves).
    count: (n) => {
      const tenths = Math.round(n * 10) / 10;
      return t.num(tenths, Number.isInteger(tenths) ? 0 : 1);
    },
  };
}

/** Canvas labels grow with the page's text (16, 18 and 20 px in styles/stage.css). */
const TEXT_SCALE = { normal: 1, large: 1.125, larger: 1.25 } as const;

const EMPTY_FLOOR: Omit<
  FloorView,
  'screen' | 'reducedMotion' | 'labels' | 'stageHeight' | 'textScale'
> = {
  companyName: '',
  rooms: [],
  ceo: { name: '', portrait: { skin: 0, hair: 0, hairStyle: 0, accent: 0 }, support: 0 },
  focusedSilo: null,
  segments: [],
  resolution: null,
};

/** The floor as the Phaser scenes draw it. */
export function floorView(state: AppState, t: Translator): FloorView {
  const session = state.session;
  const base = {
    screen: state.screen,
    reducedMotion: state.settings.reducedMotion,
    stageHeight: state.stageHeight,
    textScale: TEXT_SCALE[state.settings.textSize],
    labels: floorLabels(
      t,
      session ? t.text(session.scenario.ceo.title) : '',
      session?.game.quartersPerTurn === 2,
    ),
  };
  if (!session) return { ...EMPTY_FLOOR, ...base };
  const { scenario, game } = session;
  const last = game.lastResolution;
  return {
    ...base,
    companyName: t.text(scenario.company.name),
    rooms: scenario.silos.map((silo, j) => {
      const trust = game.silos.find((s) => s.id === silo.id)?.trust ?? silo.trust;
      return {
        silo: silo.id,
        name: t.text(silo.name),
        leader: t.text(silo.leader.name),
        leaderTitle: t.text(silo.leader.title),
        portrait: silo.leader.portrait,
        trust,
        mood: moodOf(trust),
        load: siloLoad(scenario, game, silo.id),
        capacity: siloCapacity(scenario, game, j),
        core: scenario.coreSilo === silo.id,
      };
    }),
    ceo: {
      name: t.text(scenario.ceo.name),
      portrait: scenario.ceo.portrait,
      support: game.ceoSupport,
    },
    focusedSilo: state.ui.negotiation?.silo ?? state.ui.silo,
    segments: scenario.segments.map((segment, i) => ({
      id: segment.id,
      name: t.text(segment.name),
      customers: game.company.segments[i]!.customers,
    })),
    resolution: last
      ? {
          seq: turnsEnded(game),
          quarters: game.quartersPerTurn,
          segments: last.segments.map((s) => ({
            start:
              scenario.segments.find((x) => x.id === s.segment)?.customers ?? s.customersBefore,
            reasonsKnown: Boolean(
              game.measured[scenario.segments.findIndex((x) => x.id === s.segment)]?.churnReasons,
            ),
            id: s.segment,
            name: t.text(scenario.segments.find((x) => x.id === s.segment)?.name),
            before: s.customersBefore,
            after: s.customersAfter,
            won: s.won,
            lostControllable: s.lostControllable,
            lostUncontrollable: s.lostUncontrollable,
          })),
        }
      : null,
  };
}

/** "Year 2 · Q3", or "Year 2 · first half" when the game is played in half-years. */
export function turnLabel(t: Translator, game: GameState): string {
  const year = Math.ceil(game.quarter / 4);
  if (game.quartersPerTurn === 2)
    return t.t('time.year-half', { year, half: game.quarter % 4 === 1 ? 1 : 2 });
  return t.t('time.year-quarter', { year, quarter: ((game.quarter - 1) % 4) + 1 });
}

/** Turns left including this one. */
export function turnsLeft(game: GameState): number {
  return Math.max(0, Math.floor((20 - game.quarter) / game.quartersPerTurn) + 1);
}

export function customersNow(game: GameState): number {
  return totalCustomers(game.company);
}

export function scenarioCurrency(scenario: Scenario): string {
  return scenario.company.currency;
}
