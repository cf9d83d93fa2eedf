// Workshop codes and result codes: they round-trip; every single mistyped character of a workshop
// code is caught; thousands of damaged or tampered result codes and files are rejected or
// re-verified to their true score - a hand-edited score never appears as verified.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Difficulty, Scenario } from '../../src/engine';
import { computeScore, MAX_SEED, STANDARD_DIFFICULTY } from '../../src/engine';
import { botByName, playGame } from '../../src/engine/bots';
import { ALPHABET, checkCharacter, normalise } from '../../src/workshop/base32';
import { codeMatches, makeWorkshopCode, readWorkshopCode } from '../../src/workshop/workshop-code';
import { fileCheck, makeResultCode, makeResultFile } from '../../src/workshop/result';
import { scenarioFingerprint, verifyResult } from '../../src/workshop/verify';
import { botResult, builtIn, builtInIds } from '../helpers';

const difficulty = fc.record<Difficulty>({
  authority: fc.constantFrom('ceo', 'vp'),
  urgency: fc.constantFrom('steady', 'crisis'),
  seatTime: fc.constantFrom('quarters', 'half-years'),
});
const hex32 = fc.stringMatching(/^[0-9a-f]{32}$/);

describe('workshop codes', () => {
  it('round-trip, and match the scenario they were made for', () => {
    fc.assert(
      fc.property(
        hex32,
        fc.integer({ min: 0, max: MAX_SEED }),
        difficulty,
        (fingerprint, seed, d) => {
          const code = makeWorkshopCode({ fingerprint, seed, difficulty: d });
          expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
          const read = readWorkshopCode(code.toLowerCase().replace(/-/g, ' '));
          expect(read.ok).toBe(true);
          if (!read.ok) return;
          expect(read.code.seed).toBe(seed);
          expect(read.code.difficulty).toEqual(d);
          expect(codeMatches(read.code, fingerprint)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('catch every single mistyped character', () => {
    const code = makeWorkshopCode({
      fingerprint: 'ab'.repeat(16),
      seed: 123456789,
      difficulty: STANDARD_DIFFICULTY,
    });
    const plain = normalise(code);
    for (let i = 0; i < plain.length; i++) {
      for (const c of ALPHABET) {
        if (c === plain[i]) continue;
        const typo = plain.slice(0, i) + c + plain.slice(i + 1);
        expect(readWorkshopCode(typo).ok).toBe(false);
      }
    }
  });

  it('read look-alike letters as the digits they stand for, and name what is wrong', () => {
    const code = makeWorkshopCode({
      fingerprint: '0'.repeat(32),
      seed: 1010,
      difficulty: STANDARD_DIFFICULTY,
    });
    expect(readWorkshopCode(code.replace(/0/g, 'o').replace(/1/g, 'l')).ok).toBe(true);
    expect(readWorkshopCode('')).toEqual({ ok: false, problem: 'empty' });
    expect(readWorkshopCode('ABC!')).toEqual({ ok: false, problem: 'characters' });
    expect(readWorkshopCode('ABCD')).toEqual({ ok: false, problem: 'length' });
    const body = normalise(code).slice(0, -1);
    const wrongCheck = body + ALPHABET[(ALPHABET.indexOf(checkCharacter(body)) + 1) % 32];
    expect(readWorkshopCode(wrongCheck)).toEqual({ ok: false, problem: 'check' });
  });
});

const resultOf = botResult;

describe('result codes and files', () => {
  const scenarios = builtInIds().map((id) => builtIn(id));
  const vectra = builtIn();

  it('verify to the score of the game on every built-in scenario', () => {
    for (const scenario of scenarios) {
      for (const bot of ['expert', 'random']) {
        const result = resultOf(scenario, 5, bot, 'Żółw & Сова');
        const code = makeResultCode(scenario, result);
        const verified = verifyResult(code, scenarios);
        expect(verified.ok).toBe(true);
        if (!verified.ok) continue;
        const direct = playGame(scenario, 5, STANDARD_DIFFICULTY, botByName(bot, scenario)!).state;
        expect(verified.score.total).toBe(computeScore(scenario, direct).total);
        expect(verified.result.team).toBe('Żółw & Сова');
        const file = makeResultFile(scenario, 'x', result, {
          total: verified.score.total,
          quarter: verified.score.quarter,
        });
        const fromFile = verifyResult(JSON.stringify(file), scenarios);
        expect(fromFile.ok && fromFile.score.total).toBe(verified.score.total);
      }
    }
  });

  it('reject thousands of damaged codes', () => {
    const code = makeResultCode(vectra, resultOf(vectra, 2, 'expert'));
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: code.length - 1 }),
        fc.constantFrom(...ALPHABET),
        fc.integer({ min: 0, max: 2 }),
        (at, c, mode) => {
          const damaged =
            mode === 0
              ? code.slice(0, at) + c + code.slice(at + 1)
              : mode === 1
                ? code.slice(0, at) + code.slice(at + 1)
                : code.slice(0, at) + c + code.slice(at);
          if (normalise(damaged) === normalise(code)) return;
          const v = verifyResult(damaged, scenarios);
          expect(v.ok).toBe(false);
          if (!v.ok) expect(['damaged', 'not-a-result']).toContain(v.reason);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('never show a hand-edited score as verified', () => {
    const result = resultOf(vectra, 4, 'random');
    const true_ = verifyResult(makeResultCode(vectra, result), scenarios);
    expect(true_.ok).toBe(true);
    if (!true_.ok) return;
    const file = makeResultFile(vectra, 'x', result, {
      total: true_.score.total,
      quarter: true_.score.quarter,
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }).filter((n) => n !== true_.score.total),
        (fake) => {
          const edited = { ...file, claimed: { ...file.claimed, total: fake } };
          expect(verifyResult(JSON.stringify(edited), scenarios)).toMatchObject({
            ok: false,
            reason: 'edited',
          });
          const rest: Omit<typeof edited, 'check'> & { check?: string } = { ...edited };
          delete rest.check;
          const resealed = { ...rest, check: fileCheck(rest) };
          expect(verifyResult(JSON.stringify(resealed), scenarios)).toMatchObject({
            ok: false,
            reason: 'score-mismatch',
            claimed: fake,
            actual: true_.score.total,
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('re-verify tampered decisions to their own true score, or reject them', () => {
    const result = resultOf(vectra, 6, 'expert');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: result.decisions.length - 1 }), (drop) => {
        const decisions = result.decisions.filter((_, i) => i !== drop);
        const code = makeResultCode(vectra, { ...result, decisions });
        const v = verifyResult(code, scenarios);
        if (v.ok) {
          expect(v.score.total).toBe(computeScore(vectra, v.state).total);
          expect(v.result.decisions).toEqual(decisions);
        } else expect(['does-not-replay', 'unfinished']).toContain(v.reason);
      }),
      { numRuns: 200 },
    );
  });

  it('names a different scenario version, an unknown scenario, another engine, an unfinished game', () => {
    const result = resultOf(vectra, 3, 'expert');
    const changed: Scenario = { ...vectra, budget: vectra.budget + 1 };
    const code = makeResultCode(changed, { ...result, fingerprint: scenarioFingerprint(changed) });
    expect(verifyResult(code, scenarios)).toMatchObject({
      ok: false,
      reason: 'scenario-version',
      scenarioId: vectra.id,
    });
    const other: Scenario = { ...changed, id: 'somewhere-else' };
    const unknown = makeResultCode(other, {
      ...result,
      scenarioId: other.id,
      fingerprint: scenarioFingerprint(other),
    });
    expect(verifyResult(unknown, scenarios)).toMatchObject({
      ok: false,
      reason: 'unknown-scenario',
    });
    const engine = makeResultCode(vectra, { ...result, engineVersion: '9.0.0' });
    expect(verifyResult(engine, scenarios)).toMatchObject({
      ok: false,
      reason: 'engine-version',
      found: '9.0.0',
    });
    const unfinished = makeResultCode(vectra, {
      ...result,
      decisions: result.decisions.slice(0, 10),
    });
    expect(verifyResult(unfinished, scenarios)).toMatchObject({ ok: false, reason: 'unfinished' });
    expect(verifyResult('hello', scenarios)).toMatchObject({ ok: false, reason: 'not-a-result' });
    expect(verifyResult('{"format":"power-core-result/1"}', scenarios)).toMatchObject({
      ok: false,
      reason: 'damaged',
    });
  });
});
