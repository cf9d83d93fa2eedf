import { STANDARD_DIFFICULTY, applyActionInPlace } from '../engine';
import { botByName, playTurn } from '../engine/bots';
import { newGame } from '../engine';
import { loadScenarioFile } from './scenario-files';
import seedrandom from 'seedrandom';
const r = loadScenarioFile('vectra-office-systems');
if (!r.ok) throw 0;
const sc = r.scenario;
const bot = botByName('expert', sc)!;
const s = newGame(sc, 5, STANDARD_DIFFICULTY);
const mem = {};
const draw = seedrandom.tychei('x');
while (s.quarter < 10) playTurn(sc, s, bot, draw, mem, []);
for (const p of [...s.pendingEvents]) {
  const e = sc.events.find((x) => x.id === p.event)!;
  applyActionInPlace(sc, s, { type: 'answerEvent', event: p.event, option: e.defaultOption });
}
const json = JSON.stringify(s);
const N = 20000;
let t = performance.now();
for (let i = 0; i < N; i++) JSON.parse(json);
const clone = (performance.now() - t) / N;
t = performance.now();
for (let i = 0; i < N; i++) {
  const c = JSON.parse(json);
  applyActionInPlace(sc, c, { type: 'endQuarter' });
}
const total = (performance.now() - t) / N;
console.log(
  'endTurn µs',
  ((total - clone) * 1000).toFixed(1),
  'initiatives',
  s.initiatives.length,
  'clone µs',
  (clone * 1000).toFixed(1),
);
