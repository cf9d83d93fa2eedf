// What the store asks of a scenario checker: check a scenario file's text, and run the quick
// balance with progress and a way to cancel. The browser implements it with a Web Worker, tests in
// the same thread (src/ui/scenario-checker.ts). A failure is a problem, worded by the panel.
// Imports only types.

import type { Difficulty } from '../engine';
import type { BalanceReport } from '../engine/bots';
import type { Problem, ScenarioResult } from '../scenario/load';

export interface BalanceRun {
  readonly done: Promise<
    { ok: true; report: BalanceReport } | { ok: false; problem: Problem; cancelled: boolean }
  >;
  cancel(): void;
}

export interface ScenarioChecker {
  check(text: string): Promise<ScenarioResult>;
  balance(
    text: string,
    seeds: number,
    difficulty: Difficulty,
    onProgress: (done: number, total: number) => void,
  ): BalanceRun;
}
