import { loadScenarioFile } from './scenario-files';
import { computeScore, STANDARD_DIFFICULTY } from '../engine';
import { botByName, playGame } from '../engine/bots';
const [name, id = 'vectra-office-systems', seedArg = '3'] = process.argv.slice(2);
const r = loadScenarioFile(id);
if (!r.ok) throw new Error('bad');
const sc = r.scenario;
const g = playGame(sc, Number(seedArg), STANDARD_DIFFICULTY, botByName(name!, sc)!);
const s = g.state;
for (const e of s.log) {
  if (e.kind === 'decision' && e.action.type !== 'endQuarter')
    console.log(e.quarter, JSON.stringify(e.action));
  if (e.kind === 'negotiation')
    console.log(
      '   ->',
      e.result.silo,
      e.result.approach,
      e.result.outcome,
      e.result.score.toFixed(2),
      e.result.line,
    );
  if (e.kind === 'report') console.log('   report', e.gain, e.inMoney);
  if (e.kind === 'year-review') console.log('   REVIEW', JSON.stringify(e.review));
}
for (const r of s.series)
  console.log(
    r.quarter,
    r.customers,
    r.twin.customers,
    'sat',
    r.satisfaction.toFixed(1),
    r.twin.satisfaction.toFixed(1),
    'ceo',
    r.ceoSupport.toFixed(1),
    'eng',
    r.engagement.toFixed(0),
    JSON.stringify(r.gauges),
    'profit',
    Math.round(r.cumulativeProfit - r.twin.cumulativeProfit),
  );
console.log(
  s.initiatives
    .map(
      (i) =>
        `${i.id}:${i.scale}:${i.realisation.toFixed(2)}:${i.partners.map((p) => p.outcome + p.commitment.toFixed(2)).join('/')}`,
    )
    .join('\n'),
);
console.log(JSON.stringify(s.capabilities), 'budget', s.budget);
console.log(JSON.stringify(computeScore(sc, s).parts), computeScore(sc, s).total);
console.log('refusals', g.refusals.length, JSON.stringify(g.refusals.slice(0, 5)));
