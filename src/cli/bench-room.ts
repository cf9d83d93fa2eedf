// npm run bench:room [-- --teams <n>] [--drops <percent>] [--kill]
// A live room under the load of a big workshop (room-load.ts): the room command on PGlite, <n>
// teams (40 by default) played by the bots through the room's protocol at the same time, each
// dropping its connection after about <percent>% of its batches (3 by default) and coming back.
// With --kill the server is killed halfway and started again. Prints how long the teams took,
// how soon a decision showed on the facilitator's page (p50, p95, longest), the server's memory,
// and whether every game the room holds is the team's own, whole, verified by replay. Builds
// the game first when there is no build (the room command serves it).

import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadScenarioFile } from './scenario-files';
import { parseArgs, positiveInteger, runToolAsync, UsageError } from './args';
import { describeLoad, runRoomLoad } from './room-load';
import { checkRoomGames } from './room-load-check';

const USAGE = 'usage: npm run bench:room -- [--teams <n>] [--drops <percent>] [--kill]';
const SCENARIO = 'vectra-office-systems';

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['teams', 'drops'], ['kill', 'help']);
  if (args.flags.has('help')) {
    console.log(USAGE);
    return 0;
  }
  const teams = positiveInteger(args.options.teams, 'teams', 40);
  const drops = args.options.drops === undefined ? 3 : Number(args.options.drops);
  if (!(drops >= 0 && drops <= 100)) throw new UsageError('--drops must be 0 to 100 (percent)');
  const loaded = loadScenarioFile(SCENARIO);
  if (!loaded.ok) throw new Error(`the built-in scenario ${SCENARIO} does not load`);
  const dataDir = mkdtempSync(join(tmpdir(), 'power-core-bench-room-'));
  try {
    const report = await runRoomLoad({
      teams,
      dropChance: drops / 100,
      killHalfway: args.flags.has('kill'),
      scenario: loaded.scenario,
      seed: 2024,
      dataDir,
    });
    const problems = checkRoomGames(loaded.scenario, report.teams);
    for (const line of describeLoad(report, args.flags.has('kill'))) console.log(line);
    console.log(
      problems.length === 0
        ? `  every game the room holds is the team's own, whole and verified (${teams} of ${teams})`
        : `  problems:\n${problems.map((p) => `    ${p}`).join('\n')}`,
    );
    console.log(`  machine: ${availableParallelism()} cores, Node ${process.version}`);
    return problems.length === 0 ? 0 : 1;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

runToolAsync('bench:room', USAGE, main);
