// The session slice of the controller: starting, resuming and reopening games, sending decisions
// to the engine, events, negotiations and reports. Every decision goes through the engine's
// `applyAction`, so no game rule lives here; after every accepted one the game is saved.

import type { Draft } from 'immer';
import type { Action, GameState, RestoreResult } from '../engine';
import { plainProblem } from '../scenario/problem';
import type { Problem } from '../scenario/problem';
import { applyAction, isValidSeed, newGame, restoreSave } from '../engine';
import { readSaveFile } from './save-file';
import { forgetResult } from './results-archive';
import { SAVE_KEY } from './persistence';
import { enterLoop, loopScreen, turnsEnded } from './loop';
import type { StoreKit } from './kit';
import { INITIAL_UI } from './state';
import type {
  BuiltInEntry,
  DecisionRefusal,
  NewGameOptions,
  StoreRefusal,
  SaveTrouble,
  Session,
} from './state';
import { isHeld } from '../workshop/room-protocol';

/** Entering a game: a new one, or one made elsewhere (a joined workshop game, what-if practice). */
export function gameStarts(kit: StoreKit) {
  const { store, update, deps, autosave, claimSave } = kit;
  /** Enters a session made elsewhere (a joined workshop game, what-if practice). */
  function startSession(session: Session, screen: 'briefing' | 'quarter'): void {
    // A new game replaces the save as it is now (the player was asked); practice never saves.
    if (!session.practice) claimSave(deps.storage.read(SAVE_KEY));
    update((s) => {
      s.session = session as Draft<Session>;
      s.ui = { ...INITIAL_UI, returnTo: 'quarter' };
      s.busy = false;
      s.screen = screen === 'briefing' ? 'briefing' : loopScreen(session);
    });
    autosave();
  }
  /** Starts a new game (loading its scenario unless given) at the briefing; it is saved at once. */
  async function startGame(
    options: NewGameOptions,
  ): Promise<{ ok: true } | { ok: false; problems: readonly Problem[] }> {
    update((s) => {
      s.busy = true;
    });
    let scenario = options.scenario;
    if (!scenario) {
      const loaded =
        options.ref.kind === 'built-in'
          ? await deps.library.builtIn(options.ref.id, store.getState().settings.language)
          : await deps.library.fromText(options.ref.text);
      if (!loaded.ok) {
        update((s) => {
          s.busy = false;
        });
        return { ok: false, problems: loaded.problems };
      }
      scenario = loaded.scenario;
    }
    const seed = isValidSeed(options.seed) ? options.seed : 1;
    const game = newGame(scenario, seed, options.difficulty);
    startSession(
      {
        scenario,
        ref: options.ref,
        team: options.team.trim().slice(0, 60),
        game,
        reportsRead: 0,
        readingReview: false,
        guided: options.guided,
        briefed: false,
        practice: false,
        ...(options.room ? { room: options.room } : {}),
      },
      'briefing',
    );
    return { ok: true };
  }
  async function loadBuiltIns(): Promise<void> {
    if (store.getState().builtIns) return;
    const entries = await Promise.all(
      deps.library.builtInIds.map(async (id): Promise<BuiltInEntry> => {
        const loaded = await deps.library.builtIn(id, store.getState().settings.language);
        return loaded.ok
          ? { id, ok: true, scenario: loaded.scenario }
          : { id, ok: false, problem: loaded.problems[0] ?? plainProblem('') };
      }),
    );
    update((s) => {
      s.builtIns ??= entries as Draft<BuiltInEntry>[];
    });
  }
  return { startSession, startGame, loadBuiltIns };
}

export function sessionActions(kit: StoreKit) {
  const { store, update, deps, autosave, showLoop, lookForResults, claimSave } = kit;
  const actions = {
    /** Resumes the saved game; a save that cannot be restored is kept and explained. */
    async continueGame(): Promise<boolean> {
      const raw = deps.storage.read(SAVE_KEY);
      if (raw === null) return false;
      const read = readSaveFile(raw);
      const fail = (reason: SaveTrouble) => {
        update((s) => {
          s.saveTrouble = { reason, raw };
          s.busy = false;
          s.screen = 'title';
        });
        return false;
      };
      if (!read.ok) return fail(read.problem);
      update((s) => {
        s.busy = true;
      });
      const file = read.file;
      const loaded =
        file.scenario.kind === 'built-in'
          ? await deps.library.builtIn(file.scenario.id, store.getState().settings.language)
          : await deps.library.fromText(file.scenario.text);
      if (!loaded.ok) return fail('scenario-missing');
      const restored: RestoreResult = restoreSave(loaded.scenario, file.save);
      if (!restored.ok) return fail(restored.reason);
      claimSave(raw);
      const game = restored.state;
      const session: Session = {
        scenario: loaded.scenario,
        ref: file.scenario,
        team: file.team,
        game,
        reportsRead: Math.min(file.reportsRead, turnsEnded(game)),
        readingReview: false,
        guided: file.guided,
        briefed: file.briefed,
        practice: false,
        ...(file.room ? { room: file.room } : {}),
      };
      update((s) => {
        s.session = session as Draft<Session>;
        s.ui = { ...INITIAL_UI };
        s.busy = false;
        s.saveTrouble = null;
      });
      // A game that ended before results were kept (or while they could not be) is kept now,
      // and its save marked as finished.
      if (game.status !== 'playing') autosave();
      // A game left at its briefing resumes there.
      if (!session.briefed) {
        update((s) => {
          s.screen = 'briefing';
        });
      } else showLoop();
      return true;
    },
    /** Opens the debrief of a kept result (read only: the saved game is left as it is). */
    async openResult(code: string): Promise<boolean> {
      const entry = store.getState().results.find((r) => r.code === code);
      if (!entry) return false;
      const file = entry.file;
      update((s) => {
        s.busy = true;
      });
      const loaded =
        file.scenario.kind === 'built-in'
          ? await deps.library.builtIn(file.scenario.id, store.getState().settings.language)
          : await deps.library.fromText(file.scenario.text);
      const restored = loaded.ok ? restoreSave(loaded.scenario, file.save) : null;
      if (!loaded.ok || !restored?.ok) {
        update((s) => {
          s.busy = false;
          s.resultsTrouble = { reason: 'damaged', raw: code };
        });
        return false;
      }
      const game = restored.state;
      update((s) => {
        s.session = {
          scenario: loaded.scenario,
          ref: file.scenario,
          team: file.team,
          game,
          reportsRead: turnsEnded(game),
          readingReview: false,
          guided: false,
          briefed: true,
          practice: false,
          kept: code,
        } as Draft<Session>;
        s.ui = { ...INITIAL_UI, debriefTab: 'result' };
        s.busy = false;
        s.screen = 'debrief';
      });
      return true;
    },
    /** Removes a kept result (the player confirmed). */
    forgetResult(code: string): void {
      forgetResult(deps.storage, code);
      lookForResults();
    },
    /** Leaves what-if practice for the game it came from: the saved game or a kept result. */
    async leavePractice(): Promise<void> {
      const kept = store.getState().session?.kept;
      if (kept) await actions.openResult(kept);
      else await actions.continueGame();
    },
    clearResultsTrouble(): void {
      update((s) => {
        s.resultsTrouble = null;
      });
    },
    /** Forgets a save that cannot be restored (after the player had the chance to download it). */
    discardSave(): void {
      deps.storage.remove(SAVE_KEY);
      update((s) => {
        s.saveTrouble = null;
        s.savedGame = null;
      });
    },
    /** Leaves the briefing for the first quarter. */
    beginPlay(): void {
      update((s) => {
        if (s.session) s.session.briefed = true;
      });
      autosave();
      showLoop();
    },
    /**
     * Sends a decision to the engine. Accepted: the game moves on and is saved. Refused: the
     * reason is kept for the panels to show, and nothing else changes.
     */
    dispatch(action: Action): { ok: true } | DecisionRefusal {
      const { session, room } = store.getState();
      if (!session) return { ok: false, reason: 'game-over' };
      // A live room holding every team at a year's end: the decision waits for the release.
      if (room?.view && !session.practice && isHeld(room.view, session.game)) {
        const held: StoreRefusal = { ok: false, reason: 'room-held' };
        update((s) => {
          s.ui.refusal = held;
        });
        return held;
      }
      // Another window saved over this game: nothing moves until the player chooses which goes on.
      if (store.getState().saveConflict && !session.practice) {
        const waiting: StoreRefusal = { ok: false, reason: 'save-conflict' };
        update((s) => {
          s.ui.refusal = waiting;
        });
        return waiting;
      }
      const result = applyAction(session.scenario, session.game, action);
      if (!result.ok) {
        update((s) => {
          s.ui.refusal = result;
        });
        return result;
      }
      update((s) => {
        s.session!.game = result.state as Draft<GameState>;
        s.ui.refusal = null;
        if (action.type === 'endQuarter' || action.type === 'answerEvent') s.ui.panel = null;
        // In the same update: the screen is drawn once, for where the game now stands.
        if (s.screen !== 'negotiation' && !s.ui.eventOutcome) enterLoop(s);
      });
      autosave();
      return { ok: true };
    },
    /** Answers the pending event; its outcome stays on screen until `closeEventOutcome`. */
    answerEvent(event: string, option: string | null): { ok: true } | DecisionRefusal {
      const pending = store.getState().session?.game.pendingEvents.find((p) => p.event === event);
      const scenarioEvent = store.getState().session?.scenario.events.find((e) => e.id === event);
      const chosen = option ?? scenarioEvent?.defaultOption ?? '';
      // A defused event has nothing more to tell: its one Continue closes it.
      if (!pending?.mitigated)
        update((s) => {
          s.ui.eventOutcome = { event, option: chosen };
        });
      const result = actions.dispatch({ type: 'answerEvent', event, option: chosen });
      if (!result.ok)
        update((s) => {
          s.ui.eventOutcome = null;
        });
      return result;
    },
    closeEventOutcome(): void {
      update((s) => {
        s.ui.eventOutcome = null;
        if (s.session) s.screen = loopScreen(s.session);
      });
    },
    /** Opens the talk with a partner silo's leader about an initiative. */
    openNegotiation(initiative: string, silo: string): void {
      update((s) => {
        s.ui.negotiation = { initiative, silo, result: null };
        s.ui.silo = silo;
        s.ui.panel = null;
        s.ui.refusal = null;
        s.screen = 'negotiation';
      });
    },
    /** Asks the leader with an approach; the answer stays on screen until the player leaves. */
    negotiate(approach: Action & { type: 'negotiate' }): { ok: true } | DecisionRefusal {
      const outcome = actions.dispatch(approach);
      if (outcome.ok) {
        update((s) => {
          if (s.ui.negotiation && s.session)
            s.ui.negotiation.result = s.session.game.lastNegotiation;
        });
      }
      return outcome;
    },
    closeNegotiation(): void {
      update((s) => {
        s.ui.negotiation = null;
        if (s.session) s.screen = loopScreen(s.session);
      });
    },
    /** The player has read the report (and then the year review, if there was one). */
    acknowledgeReport(): void {
      update((s) => {
        const session = s.session;
        if (!session) return;
        const review = session.game.lastResolution?.review;
        if (!session.readingReview && review) session.readingReview = true;
        else {
          session.readingReview = false;
          session.reportsRead = turnsEnded(session.game);
        }
      });
      autosave();
      showLoop();
    },
    setGuided(on: boolean): void {
      update((s) => {
        if (s.session) s.session.guided = on;
      });
      autosave();
    },
  };
  return actions;
}
