import { STANDARD_DIFFICULTY } from '../engine';
import { botByName, playGame } from '../engine/bots';
import { loadScenarioFile } from './scenario-files';
const r = loadScenarioFile('vectra-office-systems');
if (!r.ok) throw 0;
for (const name of [process.argv[2] ?? 'do-nothing']) {
  const bot = botByName(name, r.scenario)!;
  for (let i = 0; i < 300; i++) playGame(r.scenario, i, STANDARD_DIFFICULTY, bot);
  const t = performance.now();
  let n = 0;
  while (performance.now() - t < 2000) {
    playGame(r.scenario, 1000 + n, STANDARD_DIFFICULTY, bot);
    n++;
  }
  console.log(name, Math.round(n / ((performance.now() - t) / 1000)), 'games/s');
}
