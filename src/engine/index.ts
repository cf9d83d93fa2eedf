// The engine's public face: everything outside src/engine imports from here, or from
// src/engine/bots for the bots (kept apart so the browser loads them only on demand).

export * from './scenario-types';
export * from './state-types';
export { newGame, STANDARD_DIFFICULTY, MAX_SEED, isValidSeed } from './setup';
export { applyAction, applyActionInPlace } from './actions';
export { replay, createSave, restoreSave } from './replay';
export type { Save, ReplayResult, RestoreResult } from './replay';
export { computeScore, SCORE_PARTS, titleFor, firedYear } from './score';
export type { ScoreBreakdown, ScorePart } from './score';
export { fingerprint, canonicalJson, hash128, rememberFingerprint } from './fingerprint';
export { ENGINE_VERSION, isCompatibleVersion } from './version';
export { negotiationOdds } from './negotiation-odds';
export { QUARTERS } from './events';
export { TUNING } from './tuning';
export { previewNegotiation } from './preview';
export type { NegotiationPreview } from './preview';
export {
  launchCost,
  scaleCost,
  upkeepCost,
  LISTEN_COST,
  REPORT_COST,
  NEGOTIATION_ACTION_POINTS,
} from './costs';
export { reportGain } from './ceo';
export { evidenceQuality } from './information';
export { uncertaintyNow, measurementAge, isFresh } from './insight';
export { hasValueModel, siloCapacity, siloLoad, siloLoadParts, ramp } from './initiatives';
export { trustMoves } from './trust';
export { companySatisfaction, totalCustomers } from './company';
export { believedSegmentSatisfaction } from './information';
export { effectRange } from './truth';
