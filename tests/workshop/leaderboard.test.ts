// The ranking and its exports: score first, then customers kept against the twin, then profit;
// CSV that Excel opens right in English and in Polish or Ukrainian settings; JSON.

import { describe, expect, it } from 'vitest';
import type { ScoreBreakdown } from '../../src/engine';
import { SCORE_PARTS } from '../../src/engine';
import { rank, rankGroups, toCsv, toJson } from '../../src/workshop/leaderboard';
import type { CsvWords } from '../../src/workshop/leaderboard';
import type { Verified } from '../../src/workshop/verify';
import { builtIn, freshGame } from '../helpers';

function entry(
  team: string,
  total: number,
  vsTwin: number,
  profit: number,
  seed = 1,
  id = 'vectra-office-systems',
): Verified {
  const scenario = builtIn(id);
  const state = freshGame(seed, scenario);
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
      fingerprint: id === 'vectra-office-systems' ? '0'.repeat(32) : '1'.repeat(32),
      engineVersion: '1.0.0',
      seed,
      difficulty: state.difficulty,
      decisions: [],
    },
  };
}

const words: CsvWords = {
  headers: {
    scenario: 'Company',
    seed: 'Seed',
    difficulty: 'Difficulty',
    seatTime: 'Seat time',
    currency: 'Currency',
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
  scenarioName: (scenario) => scenario.id,
  difficultyName: (d) => `${d.authority}/${d.urgency}`,
  seatTimeName: (d) => d.seatTime,
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

  it('never ranks games of different settings against each other', () => {
    const groups = rankGroups([
      entry('Vectra seed 1', 500, 0, 0),
      entry('Corvid', 900, 0, 0, 1, 'corvid-bank'),
      entry('Vectra seed 2', 800, 0, 0, 2),
      entry('Vectra seed 1 again', 600, 0, 0),
    ]);
    expect(groups.map((g) => g.rows.map((r) => `${r.rank}${r.entry.result.team}`))).toEqual([
      ['1Vectra seed 1 again', '2Vectra seed 1'],
      ['1Corvid'],
      ['1Vectra seed 2'],
    ]);
  });

  it('writes CSV for English Excel and for Polish or Ukrainian Excel', () => {
    const groups = rankGroups([
      entry('Żółw; "Sowa"', 612, 140, 60300),
      entry('=HYPERLINK("x")', 500, -3, 100),
    ]);
    const english = toCsv(groups, [{ team: 'Lis', reason: 'damaged' }], words, 'comma');
    expect(english.startsWith('\uFEFF')).toBe(true);
    const lines = english.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(
      'Company,Seed,Difficulty,Seat time,Currency,Rank,Team,Score,Title,Customers vs twin,Kept vs twin (%),Profit,Quarter,retention,profit,satisfaction,engagement,alignment,ceoSupport,Status',
    );
    expect(new Set(lines[0]!.split(',')).size).toBe(20);
    expect(lines[1]).toMatch(
      /^vectra-office-systems,1,ceo\/steady,quarters,€,1,"Żółw; ""Sowa""",612,Silo Diplomat,140,/,
    );
    expect(lines[2]).toMatch(/,2,"'=HYPERLINK\(""x""\)",500,Silo Diplomat,-3,/);
    expect(lines[3]).toBe(',,,,,,Lis,,,,,,,,,,,,,rejected: damaged');
    const polish = toCsv(groups, [], words, 'semicolon').slice(1).trim().split('\r\n');
    expect(polish[0]!.split(';')).toHaveLength(20);
    expect(polish[1]).toMatch(/;1;"Żółw; ""Sowa""";612;Silo Diplomat;140;\d+(,\d)?;60300;20;/);
  });

  it('writes JSON with the ranking, the series and the rejected', () => {
    const data = JSON.parse(
      toJson(rankGroups([entry('A', 700, 1, 1)]), [{ team: 'B', reason: 'edited' }], () => 'T'),
    );
    expect(data.format).toBe('power-core-leaderboard/2');
    expect(data.rows[0]).toMatchObject({
      group: 1,
      scenario: 'vectra-office-systems',
      seed: 1,
      currency: '€',
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
