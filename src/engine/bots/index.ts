// The bots' public face, the engine's second entry point: the bots by name (do-nothing, random,
// anti-pattern, expert, expert-generic and spam:<initiative id>), playing a game, the balance run
// and the adversarial searches. Everything outside src/engine reaches the bots only through here.
// It is a separate entry from src/engine/index.ts so the browser loads the bots only when the
// check page runs a balance (a dynamic import), never with the game. Imports only engine modules.

export type { Bot, BotTurn, PlayedGame } from './bot';
export { playGame, playTurn } from './bot';
/** The seeded draws a bot decides with (a test or tool driving a bot by hand needs one). */
export { seededDraw } from '../rng';
export { runBalance } from './balance';
export type { BalanceReport, StrategyStats, TargetCheck } from './balance';
export { ADVERSARY_TASKS, runAdversaryTask, summariseAdversaries } from './adversaries';
export type { AdversaryReport, AdversaryResult, AdversaryTask } from './adversaries';
export { SEARCH_BUDGETS } from './optimiser';
export type { BudgetName } from './optimiser';
export { allBotNames, botByName, FIXED_BOTS } from './roster';
