// The ranking and its exports: score first, then customers kept against the twin, then profit;
// CSV that Excel opens right in English and in Polish or Ukrainian settings; JSON.

import { describe, expect, it } from 'vitest';
import type { ScoreBreakdown } from '../../src/engine';
import { SCORE_PARTS } from '../../src/engine';
import { rank, toCsv, toJson } from '../../src/workshop/leaderboard';
import type { CsvWords } from '../../src/workshop/leaderboard';
import type { Verified } from '../../src/workshop/verify';
import { builtIn, freshGame } from '../helpers';

function entry(team: string, total: number, vsTwin: number, profit: number): Verified {
  const scenario = builtIn();
  const state = freshGame(1, scenario);
  const score = {
    total,
    customersVsTwin: vsTwin,
    cumulativeProfit: profit,
    quarter: 20,
    fired: false,
    title: 'title.diplomat',
    parts: Object.fromEntries(SCORE_PARTS.map((p) => [p, { points: 10, max: 100, value: 1 }])),
  } as ScoreBreakdown;
  return {
    ok: true,
    source: 'code',
    scenario,
    state,
    score,
    result: {
      team,
      scenarioId: scenario.id,
      fingerprint: '0'.repeat(32),
      engineVersion: '1.0.0',
      seed: 1,
      difficulty: state.difficulty,
      decisions: [],
    },
  };
}

const words: CsvWords = {
  headers: {
    rank: 'Rank',
    team: 'Team',
    score: 'Score',
    title: 'Title',
    status: 'Status',
    customersVsTwin: 'Customers vs twin',
    retained: 'Kept vs twin (%)',
    profit: 'Profit',
    quarter: 'Quarter',
    parts: Object.fromEntries(SCORE_PARTS.map((p) => [p, p])) as CsvWords['headers']['parts'],
  },
  title: () => 'Silo Diplomat',
  verified: 'verified',
  rejected: (reason) => `rejected: ${reason}`,
};

describe('the leaderboard', () => {
  it('ranks by score, then customers kept against the twin, then profit; full ties share a rank', () => {
    const rows = rank([
      entry('C', 600, 10, 5),
      entry('A', 700, 0, 0),
      entry('B', 600, 20, 1),
      entry('D', 600, 10, 9),
      entry('E', 600, 10, 9),
    ]);
    expect(rows.map((r) => `${r.rank}${r.entry.result.team}`)).toEqual([
      '1A',
      '2B',
      '3D',
      '3E',
      '5C',
    ]);
  });

  it('writes CSV for English Excel and for Polish or Ukrainian Excel', () => {
    const rows = rank([
      entry('Żółw; "Sowa"', 612, 140, 60300),
      entry('=HYPERLINK("x")', 500, -3, 100),
    ]);
    const english = toCsv(rows, [{ team: 'Lis', reason: 'damaged' }], words, 'comma');
    expect(english.startsWith('\uFEFF')).toBe(true);
    const lines = english.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(
      'Rank,Team,Score,Title,Customers vs twin,Kept vs twin (%),Profit,Quarter,retention,profit,satisfaction,engagement,alignment,ceoSupport,Status',
    );
    expect(lines[1]).toMatch(/^1,"Żółw; ""Sowa""",612,Silo Diplomat,140,/);
    expect(lines[2]).toMatch(/^2,"'=HYPERLINK\(""x""\)",500,Silo Diplomat,-3,/);
    expect(lines[3]).toBe(',Lis,,,,,,,,,,,,,rejected: damaged');
    const polish = toCsv(rows, [], words, 'semicolon').slice(1).trim().split('\r\n');
    expect(polish[0]!.split(';')).toHaveLength(15);
    expect(polish[1]).toMatch(/^1;"Żółw; ""Sowa""";612;Silo Diplomat;140;\d+(,\d)?;60300;20;/);
  });

  it('writes JSON with the ranking, the series and the rejected', () => {
    const data = JSON.parse(
      toJson(rank([entry('A', 700, 1, 1)]), [{ team: 'B', reason: 'edited' }], () => 'T'),
    );
    expect(data.format).toBe('power-core-leaderboard/1');
    expect(data.rows[0]).toMatchObject({
      rank: 1,
      team: 'A',
      status: 'verified',
      score: 700,
      title: 'T',
    });
    expect(data.rows[0].customersByQuarter.length).toBeGreaterThan(0);
    expect(data.rows[1]).toEqual({ rank: null, team: 'B', status: 'rejected', reason: 'edited' });
  });
});
