// A team's result, as a code to copy and as a file: the scenario's fingerprint, the engine
// version, seed, difficulty, team name and every decision, with a check value. Nobody trusts a
// score written in it: the leaderboard replays the decisions. Decisions are packed as indexes
// into the scenario's lists, so a 20-quarter game fits in a few hundred characters. Imports
// engine types and the base32 helpers.

import type { Action, Approach, Difficulty, Scenario } from '../engine';
import { APPROACHES, canonicalJson, ENGINE_VERSION, MAX_SEED } from '../engine';
import { BitReader, BitWriter, hash32, isBase32, normalise } from './base32';

export const RESULT_PREFIX = 'PC1';
export const RESULT_FORMAT = 'power-core-result/1';
const VERSION = 1;
const CHECK_LENGTH = 7;

/** Everything needed to replay a team's game. */
export interface GameResult {
  readonly team: string;
  readonly scenarioId: string;
  readonly fingerprint: string;
  readonly engineVersion: string;
  readonly seed: number;
  readonly difficulty: Difficulty;
  readonly decisions: readonly Action[];
}

/** A decision as indexes into the scenario's lists (what the code carries). */
export type PackedDecision =
  | { type: 'launch'; initiative: number; pilot: boolean }
  | { type: 'scale' | 'stop'; initiative: number }
  | { type: 'negotiate'; initiative: number; silo: number; approach: number }
  | { type: 'answerEvent'; event: number; option: number }
  | { type: 'listen'; segment: number }
  | { type: 'reportToCeo' | 'endQuarter' };

/** A result code read without its scenario: the header, and the decisions as indexes. */
export interface PackedResult {
  readonly team: string;
  readonly scenarioIdHash: number;
  readonly fingerprint: string;
  readonly engineVersion: string;
  readonly seed: number;
  readonly difficulty: Difficulty;
  readonly decisions: readonly PackedDecision[];
}

const TYPES = [
  'launch',
  'scale',
  'stop',
  'negotiate',
  'answerEvent',
  'listen',
  'reportToCeo',
  'endQuarter',
] as const;
const W = { initiative: 7, silo: 3, approach: 3, event: 7, option: 2, segment: 2 };

export function idHash(id: string): number {
  return hash32(id) & 0xffff;
}

function index(list: readonly { id: string }[], id: string, what: string): number {
  const at = list.findIndex((x) => x.id === id);
  if (at < 0) throw new RangeError(`unknown ${what} "${id}"`);
  return at;
}

export function packDecision(scenario: Scenario, action: Action): PackedDecision {
  switch (action.type) {
    case 'launch':
      return {
        type: 'launch',
        initiative: index(scenario.initiatives, action.initiative, 'initiative'),
        pilot: action.scale === 'pilot',
      };
    case 'scale':
    case 'stop':
      return {
        type: action.type,
        initiative: index(scenario.initiatives, action.initiative, 'initiative'),
      };
    case 'negotiate':
      return {
        type: 'negotiate',
        initiative: index(scenario.initiatives, action.initiative, 'initiative'),
        silo: index(scenario.silos, action.silo, 'silo'),
        approach: APPROACHES.indexOf(action.approach),
      };
    case 'answerEvent': {
      const event = index(scenario.events, action.event, 'event');
      return {
        type: 'answerEvent',
        event,
        option: index(scenario.events[event]!.options, action.option, 'option'),
      };
    }
    case 'listen':
      return { type: 'listen', segment: index(scenario.segments, action.segment, 'segment') };
    case 'reportToCeo':
    case 'endQuarter':
      return { type: action.type };
  }
}

/** Turns packed decisions back into actions; null when an index points past the scenario's lists. */
export function unpackDecisions(
  scenario: Scenario,
  packed: readonly PackedDecision[],
): Action[] | null {
  const out: Action[] = [];
  for (const d of packed) {
    const initiative = 'initiative' in d ? scenario.initiatives[d.initiative]?.id : undefined;
    switch (d.type) {
      case 'launch':
        if (!initiative) return null;
        out.push({ type: 'launch', initiative, scale: d.pilot ? 'pilot' : 'full' });
        break;
      case 'scale':
      case 'stop':
        if (!initiative) return null;
        out.push({ type: d.type, initiative });
        break;
      case 'negotiate': {
        const silo = scenario.silos[d.silo]?.id;
        const approach: Approach | undefined = APPROACHES[d.approach];
        if (!initiative || !silo || !approach) return null;
        out.push({ type: 'negotiate', initiative, silo, approach });
        break;
      }
      case 'answerEvent': {
        const event = scenario.events[d.event];
        const option = event?.options[d.option]?.id;
        if (!event || !option) return null;
        out.push({ type: 'answerEvent', event: event.id, option });
        break;
      }
      case 'listen': {
        const segment = scenario.segments[d.segment]?.id;
        if (!segment) return null;
        out.push({ type: 'listen', segment });
        break;
      }
      default:
        out.push({ type: d.type });
    }
  }
  return out;
}

function versionParts(version: string): number[] {
  const parts = version.split('.').map((p) => Number.parseInt(p, 10));
  return [0, 1, 2].map((i) => Math.min(255, Math.max(0, parts[i] || 0)));
}

/** The copyable result code: PC1, the packed game, and a 35-bit check value. */
export function makeResultCode(scenario: Scenario, result: GameResult): string {
  const bits = new BitWriter().write(VERSION, 4);
  for (const part of versionParts(result.engineVersion)) bits.write(part, 8);
  bits.write(BigInt(`0x${result.fingerprint}`), 128);
  bits.write(idHash(result.scenarioId), 16);
  bits.write(result.seed, 30);
  bits.write(result.difficulty.authority === 'vp' ? 1 : 0, 1);
  bits.write(result.difficulty.urgency === 'crisis' ? 1 : 0, 1);
  bits.write(result.difficulty.seatTime === 'half-years' ? 1 : 0, 1);
  bits.writeText(result.team, 8);
  bits.write(result.decisions.length, 12);
  for (const action of result.decisions) {
    const d = packDecision(scenario, action);
    bits.write(TYPES.indexOf(d.type), 3);
    switch (d.type) {
      case 'launch':
        bits.write(d.initiative, W.initiative).write(d.pilot ? 1 : 0, 1);
        break;
      case 'scale':
      case 'stop':
        bits.write(d.initiative, W.initiative);
        break;
      case 'negotiate':
        bits.write(d.initiative, W.initiative).write(d.silo, W.silo).write(d.approach, W.approach);
        break;
      case 'answerEvent':
        bits.write(d.event, W.event).write(d.option, W.option);
        break;
      case 'listen':
        bits.write(d.segment, W.segment);
        break;
      default:
        break;
    }
  }
  const body = bits.toBase32();
  const check = new BitWriter().write(hash32(body), 35).toBase32();
  return `${RESULT_PREFIX}-${body}-${check}`;
}

export type ResultCodeProblem = 'not-a-result' | 'damaged';

/** Reads a result code without its scenario; any damage is caught by the check value. */
export function readResultCode(
  text: string,
): { ok: true; result: PackedResult } | { ok: false; problem: ResultCodeProblem } {
  const trimmed = text.trim();
  if (!/^pc1[-\s]/i.test(trimmed)) return { ok: false, problem: 'not-a-result' };
  const code = normalise(trimmed.slice(3));
  if (code.length <= CHECK_LENGTH || !isBase32(code)) return { ok: false, problem: 'damaged' };
  const body = code.slice(0, -CHECK_LENGTH);
  const check = code.slice(-CHECK_LENGTH);
  if (new BitWriter().write(hash32(body), 35).toBase32() !== check)
    return { ok: false, problem: 'damaged' };
  try {
    const bits = new BitReader(body);
    if (bits.read(4) !== VERSION) return { ok: false, problem: 'damaged' };
    const engineVersion = [bits.read(8), bits.read(8), bits.read(8)].join('.');
    const fingerprint = bits.readBig(128).toString(16).padStart(32, '0');
    const scenarioIdHash = bits.read(16);
    const seed = bits.read(30);
    if (seed > MAX_SEED) return { ok: false, problem: 'damaged' };
    const difficulty: Difficulty = {
      authority: bits.read(1) ? 'vp' : 'ceo',
      urgency: bits.read(1) ? 'crisis' : 'steady',
      seatTime: bits.read(1) ? 'half-years' : 'quarters',
    };
    const team = bits.readText(8);
    const count = bits.read(12);
    const decisions: PackedDecision[] = [];
    for (let i = 0; i < count; i++) {
      const type = TYPES[bits.read(3)]!;
      switch (type) {
        case 'launch':
          decisions.push({ type, initiative: bits.read(W.initiative), pilot: bits.read(1) === 1 });
          break;
        case 'scale':
        case 'stop':
          decisions.push({ type, initiative: bits.read(W.initiative) });
          break;
        case 'negotiate':
          decisions.push({
            type,
            initiative: bits.read(W.initiative),
            silo: bits.read(W.silo),
            approach: bits.read(W.approach),
          });
          break;
        case 'answerEvent':
          decisions.push({ type, event: bits.read(W.event), option: bits.read(W.option) });
          break;
        case 'listen':
          decisions.push({ type, segment: bits.read(W.segment) });
          break;
        default:
          decisions.push({ type });
      }
    }
    if (bits.remaining >= 5) return { ok: false, problem: 'damaged' };
    return {
      ok: true,
      result: { team, scenarioIdHash, fingerprint, engineVersion, seed, difficulty, decisions },
    };
  } catch {
    return { ok: false, problem: 'damaged' };
  }
}

/** What a result file claims about the game; shown only if the replay agrees. */
export interface ClaimedScore {
  readonly total: number;
  readonly quarter: number;
}

export interface ResultFile {
  readonly format: typeof RESULT_FORMAT;
  readonly team: string;
  readonly scenario: { readonly id: string; readonly title: string; readonly fingerprint: string };
  readonly engineVersion: string;
  readonly seed: number;
  readonly difficulty: Difficulty;
  readonly decisions: readonly Action[];
  readonly claimed: ClaimedScore;
  readonly code: string;
  /** hash32 of the canonical JSON of everything else, as 8 hex digits. */
  readonly check: string;
}

export function fileCheck(file: Omit<ResultFile, 'check'>): string {
  return hash32(canonicalJson(file)).toString(16).padStart(8, '0');
}

export function makeResultFile(
  scenario: Scenario,
  title: string,
  result: GameResult,
  claimed: ClaimedScore,
): ResultFile {
  const body: Omit<ResultFile, 'check'> = {
    format: RESULT_FORMAT,
    team: result.team,
    scenario: { id: scenario.id, title, fingerprint: result.fingerprint },
    engineVersion: result.engineVersion,
    seed: result.seed,
    difficulty: { ...result.difficulty },
    decisions: result.decisions.map((d) => ({ ...d })),
    claimed,
    code: makeResultCode(scenario, result),
  };
  return { ...body, check: fileCheck(body) };
}

export function currentEngineVersion(): string {
  return ENGINE_VERSION;
}
