// Every claim the debrief makes about a team is true of that team's own game. Many games (every
// bot, several seeds, every built-in scenario) are played; for each lesson record the game is
// replayed to the moment it names (the decision, the event, the quarter's results) and what the
// note states is checked there: the decision is the one it describes, the figures are the
// game's figures. The discussion prompts ask about exactly those records, and every text they
// use exists and gets all its figures.

import { describe, expect, it } from 'vitest';
import type { Action, GameState, LessonRecord, Scenario } from '../../src/engine';
import { replay, STAGES, STANDARD_DIFFICULTY } from '../../src/engine';
import { botByName, FIXED_BOTS, playGame } from '../../src/engine/bots';
import type { Bot } from '../../src/engine/bots';
import { policyBot } from '../../src/engine/bots/policy';
import { CONSTRAINTS, EXPERT_PARAMS } from '../../src/engine/bots/strategy-params';
import { discussionPrompts, promptKey } from '../../src/workshop/prompts';
import { en } from '../../src/ui/lang/en';
import { builtIn, builtInIds } from '../helpers';

interface Moment {
  scenario: Scenario;
  record: LessonRecord;
  /** The game right after the moment the record names. */
  after: GameState;
  /** Before the decision, for decision triggers. */
  before: GameState | null;
  action: Action | null;
  final: GameState;
}

function replayTo(scenario: Scenario, game: GameState, decisions: readonly Action[]): GameState {
  const result = replay(scenario, game.seed, game.difficulty, decisions);
  if (!result.ok) throw new Error(`replay failed: ${JSON.stringify(result)}`);
  return result.state;
}

/** Decisions up to and including the end of the turn that resolved `quarter`. */
function throughQuarter(game: GameState, quarter: number): Action[] {
  const turns = Math.ceil(quarter / game.quartersPerTurn);
  let ended = 0;
  const out: Action[] = [];
  for (const d of game.decisions) {
    out.push(d);
    if (d.type === 'endQuarter') {
      ended += 1;
      if (ended === turns) break;
    }
  }
  return out;
}

/** Decisions up to the beginning of the turn that starts with `quarter`. */
function beforeQuarter(game: GameState, quarter: number): Action[] {
  return throughQuarter(game, quarter - game.quartersPerTurn);
}

function moment(scenario: Scenario, final: GameState, record: LessonRecord): Moment {
  const t = record.trigger;
  if (t.type === 'decision') {
    const before = replayTo(scenario, final, final.decisions.slice(0, t.index));
    const after = replayTo(scenario, final, final.decisions.slice(0, t.index + 1));
    return { scenario, record, before, after, action: final.decisions[t.index]!, final };
  }
  const decisions =
    t.type === 'event'
      ? beforeQuarter(final, record.quarter)
      : throughQuarter(final, record.quarter);
  return {
    scenario,
    record,
    after: replayTo(scenario, final, decisions),
    before: null,
    action: null,
    final,
  };
}

const seriesAt = (state: GameState, quarter: number) =>
  state.series.find((r) => r.quarter === quarter)!;

const def = (m: Moment, id: unknown) => m.scenario.initiatives.find((d) => d.id === id)!;

/** The event and option a decision answered, if it answered one. */
function answered(m: Moment) {
  const action = m.action;
  if (action?.type !== 'answerEvent') return null;
  const event = m.scenario.events.find((e) => e.id === action.event)!;
  return { event, option: event.options.find((o) => o.id === action.option)! };
}

/** What each note claims, checked at its moment. */
const CLAIMS: Record<string, (m: Moment) => boolean> = {
  'lesson.L3.with-core': (m) =>
    m.action?.type === 'launch' &&
    m.action.initiative === m.record.params.initiative &&
    (def(m, m.action.initiative).affinity[m.scenario.powerCore] ?? 0) >= 0.5,
  'lesson.L3.against-core': (m) =>
    m.action?.type === 'launch' &&
    (def(m, m.action.initiative).affinity[m.scenario.powerCore] ?? 0) <= -0.5,
  'lesson.L14.pilot': (m) => m.action?.type === 'launch' && m.action.scale === 'pilot',
  'lesson.L6.incentives': (m) =>
    m.action?.type === 'launch' && def(m, m.action.initiative).category === 'incentives',
  'lesson.L10.empowered': (m) =>
    m.action?.type === 'launch' && def(m, m.action.initiative).category === 'empowerment',
  'lesson.L8.score-only-launch': (m) => {
    if (m.action?.type !== 'launch') return false;
    const b = m.before!;
    const heard = b.measured.some((x) => x.churnReasons || Object.keys(x.stages).length > 0);
    const running = b.initiatives.some((run) => {
      const reveals = def(m, run.id).listening?.reveals ?? [];
      return reveals.includes('stages') || reveals.includes('churnReasons');
    });
    return !heard && !running && def(m, m.action.initiative).listening?.reveals.join() === 'scores';
  },
  'lesson.L13.meaningful': (m) =>
    m.action?.type === 'launch' && def(m, m.action.initiative).effects.experience !== undefined,
  'lesson.L13.wasted': (m) =>
    m.action?.type === 'launch' && def(m, m.action.initiative).effects.experience !== undefined,
  'lesson.L7.fixed-what-customers-said': (m) => {
    if (m.action?.type !== 'launch') return false;
    const i = m.scenario.segments.findIndex((s) => s.id === m.record.params.segment);
    const seen = m.before!.measured[i]!;
    return (
      m.record.params.stage === m.before!.blindSpots[i] &&
      (seen.stages[m.record.params.stage as 'service'] !== undefined || !!seen.churnReasons)
    );
  },
  'lesson.L7.fixed-belief': (m) => {
    if (m.action?.type !== 'launch') return false;
    const i = m.scenario.segments.findIndex((s) => s.id === m.record.params.segment);
    return (
      m.record.params.leaving === m.before!.blindSpots[i] &&
      m.record.params.stage !== m.record.params.leaving
    );
  },
  'lesson.L14.scaled': (m) => {
    const run = m.before!.initiatives.find((r) => r.id === m.record.params.initiative);
    return (
      m.action?.type === 'scale' &&
      !!run?.pilotReading &&
      Math.round(run.pilotReading.share * 100) === m.record.params.share &&
      run.pilotReading.share >= 0.75
    );
  },
  'lesson.L14.scaled-poor': (m) => {
    const run = m.before!.initiatives.find((r) => r.id === m.record.params.initiative);
    return m.action?.type === 'scale' && !!run?.pilotReading && run.pilotReading.share < 0.5;
  },
  'lesson.L8.listened': (m) =>
    m.action?.type === 'listen' && m.action.segment === m.record.params.segment,
  'lesson.L3.aligned': (m) =>
    m.action?.type === 'negotiate' &&
    m.action.silo === m.record.params.silo &&
    ['full', 'pilot'].includes(m.after.lastNegotiation!.outcome),
  'lesson.L3.frontal': (m) =>
    m.action?.type === 'negotiate' &&
    ['nominal', 'refused'].includes(m.after.lastNegotiation!.outcome),
  'lesson.L3.escalated-core': (m) =>
    m.action?.type === 'negotiate' &&
    m.action.approach === 'escalate' &&
    m.action.silo === m.scenario.coreSilo,
  'lesson.L4.nominal': (m) =>
    m.action?.type === 'negotiate' && m.after.lastNegotiation!.outcome === 'nominal',
  'lesson.L11.money-argument': (m) =>
    m.action?.type === 'negotiate' &&
    m.action.approach === 'money' &&
    ['full', 'pilot'].includes(m.after.lastNegotiation!.outcome),
  'lesson.L14.pilot-evidence': (m) =>
    m.action?.type === 'negotiate' &&
    m.after.lastNegotiation!.factors.some((f) => f.id === 'pilot-result'),
  'lesson.L11.report-in-money': (m) => m.action?.type === 'reportToCeo',
  'lesson.L11.report-without-money': (m) => m.action?.type === 'reportToCeo',
  'lesson.L12.nothing-to-show': (m) => m.action?.type === 'reportToCeo',
  'lesson.event.met': (m) => {
    const answer = answered(m);
    return !!answer && answer.option.lessons.includes(m.record.lesson);
  },
  'lesson.event.missed': (m) => {
    const answer = answered(m);
    return (
      !!answer &&
      answer.event.lessons.includes(m.record.lesson) &&
      !answer.option.lessons.includes(m.record.lesson)
    );
  },
  'lesson.event.defused': (m) =>
    m.after.events.some((e) => e.event === m.record.params.event && e.mitigated),
  'lesson.L1.linked': (m) => m.after.capabilities.linkage >= 50,
  'lesson.L5.tracking': (m) => m.after.capabilities.gainedLost >= 50,
  'lesson.L1.handoffs': (m) => Number(m.record.params.lost) > 0,
  'lesson.L2.reasons-seen': (m) => {
    const row = seriesAt(m.final, m.record.quarter);
    const share =
      row.lostTotal > 0 ? Math.round((100 * row.lostControllableTotal) / row.lostTotal) : 0;
    return m.after.measured.some((x) => x.churnReasons) && share === m.record.params.share;
  },
  'lesson.L2.unknown-reasons': (m) =>
    seriesAt(m.final, m.record.quarter).lostTotal === m.record.params.lost,
  'lesson.L8.reasons': (m) => m.after.measured.some((x) => x.churnReasons),
  'lesson.L8.stages': (m) => m.after.measured.some((x) => Object.keys(x.stages).length > 0),
  'lesson.L8.scores-only': (m) => m.after.measured.some((x) => x.satisfaction),
  'lesson.L7.never-measured': (m) =>
    m.record.quarter >= 8 &&
    !m.final.decisions
      .slice(0, throughQuarter(m.final, m.record.quarter).length)
      .some((d) => d.type === 'listen'),
  'lesson.L7.gap-found': (m) => {
    const row = seriesAt(m.final, m.record.quarter);
    return (
      row.measuredSatisfaction !== null &&
      Math.abs(row.believedSatisfaction - Number(m.record.params.believed)) <= 0.51 &&
      Math.abs(row.measuredSatisfaction - Number(m.record.params.measured)) <= 0.51
    );
  },
  'lesson.L7.found-blind-spot': (m) => {
    const i = m.scenario.segments.findIndex((s) => s.id === m.record.params.segment);
    return m.record.params.stage === m.after.blindSpots[i];
  },
  'lesson.L4.gated': (m) => m.after.initiatives.some((r) => r.id === m.record.params.initiative),
  'lesson.L4.gauges-up': (m) => {
    const g = seriesAt(m.final, m.record.quarter).gauges;
    return g.motivation >= 59.99 && g.measurability >= 59.99 && g.implementability >= 59.99;
  },
  'lesson.L10.engaged': (m) =>
    Math.round(seriesAt(m.final, m.record.quarter).engagement) === m.record.params.engagement &&
    Number(m.record.params.engagement) >= 62,
  'lesson.L10.disengaged': (m) =>
    Math.round(seriesAt(m.final, m.record.quarter).engagement) === m.record.params.engagement &&
    Number(m.record.params.engagement) <= 40,
  'lesson.L12.patience': (m) => {
    const support = seriesAt(m.final, m.record.quarter).ceoSupport;
    return Math.round(support) === m.record.params.support && support < 30;
  },
  'lesson.L12.stayed-the-course': (m) =>
    m.final.status === 'completed' && Math.round(m.final.ceoSupport) === m.record.params.support,
  'lesson.L12.final-warning': (m) =>
    m.final.log.some((e) => e.kind === 'year-review' && e.review.year === m.record.params.year),
  'lesson.L11.review-without-money': (m) =>
    m.final.log.some((e) => e.kind === 'year-review' && e.review.quarter === m.record.quarter),
  'lesson.L9.drawer': (m) => m.after.initiatives.some((r) => def(m, r.id).listening),
  'lesson.L9.loop-closed': (m) => m.after.initiatives.some((r) => def(m, r.id).listening),
  'lesson.L5.decay': (m) =>
    m.after.initiatives.some(
      (r) =>
        r.id === m.record.params.initiative &&
        r.partners.some((p) => p.silo === m.record.params.silo),
    ),
  'lesson.L14.dud-rolled-out': (m) =>
    m.after.initiatives.some((r) => r.id === m.record.params.initiative && r.scale === 'full'),
};

/** The `{name}` placeholders of a dictionary entry. */
function placeholders(key: string): string[] {
  const entry = (en as Record<string, unknown>)[key];
  const text = typeof entry === 'string' ? entry : JSON.stringify(entry);
  return [...text.matchAll(/\{(\w+)\}/g)].map((x) => x[1]!);
}

function games(): { scenario: Scenario; state: GameState }[] {
  const out: { scenario: Scenario; state: GameState }[] = [];
  for (const id of builtInIds()) {
    const scenario = builtIn(id);
    // The fixed bots, and the expert with each lesson taken away (players who ignore one).
    const bots: Bot[] = [
      ...FIXED_BOTS.map((name) => botByName(name, scenario)!),
      ...CONSTRAINTS.map((c) => policyBot(`expert-${c}`, EXPERT_PARAMS, { constraint: c })),
    ];
    for (const bot of bots)
      for (const seed of [3, 11])
        out.push({ scenario, state: playGame(scenario, seed, STANDARD_DIFFICULTY, bot).state });
  }
  return out;
}

describe('the debrief tells only the truth', () => {
  const played = games();

  it('every lesson record states what happened at the moment it names', () => {
    const wrong: string[] = [];
    const unknown = new Set<string>();
    let checked = 0;
    for (const { scenario, state } of played) {
      for (const record of state.lessons) {
        const claim = CLAIMS[record.note];
        if (!claim) {
          unknown.add(record.note);
          continue;
        }
        checked += 1;
        if (!claim(moment(scenario, state, record)))
          wrong.push(`${scenario.id} seed ${state.seed}: ${record.note} ${JSON.stringify(record)}`);
      }
    }
    expect([...unknown]).toEqual([]);
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  }, 120_000);

  it('every note and prompt has its text, and every figure in it is given', () => {
    const missing: string[] = [];
    for (const { scenario, state } of played) {
      for (const record of state.lessons) {
        for (const key of [record.note, promptKey(record.note)]) {
          if (!(key in en)) missing.push(`no text for ${key}`);
          const given = new Set([...Object.keys(record.params), 'quarter', 'core', 'count']);
          for (const name of placeholders(key))
            if (!given.has(name)) missing.push(`${key} needs {${name}}`);
        }
      }
      for (const prompt of discussionPrompts(scenario, state)) {
        if (!(prompt.key in en)) missing.push(`no text for ${prompt.key}`);
        for (const name of placeholders(prompt.key))
          if (!(name in prompt.params) && name !== 'quarter')
            missing.push(`${prompt.key} {${name}}`);
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  }, 60_000);

  it('each prompt asks about the first record of its lesson, missed before met', () => {
    for (const { scenario, state } of played) {
      for (const prompt of discussionPrompts(scenario, state)) {
        const records = state.lessons.filter((r) => r.lesson === prompt.lesson);
        if (prompt.kind === 'unseen') {
          expect(records).toEqual([]);
          continue;
        }
        const first = records
          .filter((r) => r.kind === prompt.kind)
          .toSorted((a, b) => a.quarter - b.quarter)[0]!;
        expect(prompt.key).toBe(promptKey(first.note));
        expect(prompt.quarter).toBe(first.quarter);
        expect(prompt.trigger).toEqual(first.trigger);
        if (prompt.kind === 'met') expect(records.some((r) => r.kind === 'missed')).toBe(false);
      }
    }
  });

  it('uses each stage name the lessons may name', () => {
    expect(STAGES.every((s) => `stage.${s}` in en)).toBe(true);
  });
});
