// npm run check-scenario -- <file>...
// Checks scenario files with the same loader the game uses. Prints one line per problem,
// `<file>: <path>: <message>`, and nothing else on failure; exit 0 when every file is valid, 1
// when any is not, 2 for wrong usage. Never prints a stack trace. Imports the scenario loader.

import { formatProblem } from '../scenario/load';
import { createTranslator } from '../ui/i18n';
import { loadScenarioFile } from './scenario-files';

const USAGE = 'usage: npm run check-scenario -- <scenario file or built-in id>...';

function main(argv: string[]): number {
  const files = argv.filter((a) => a !== '--');
  if (files.length === 0 || files.some((f) => f === '--help' || f === '-h')) {
    console.error(USAGE);
    return 2;
  }
  const unknown = files.find((f) => f.startsWith('--'));
  if (unknown) {
    console.error(`check-scenario: unknown option ${unknown}\n${USAGE}`);
    return 2;
  }
  const english = createTranslator('en');
  let failed = 0;
  for (const file of files) {
    const result = loadScenarioFile(file);
    if (result.ok) {
      const s = result.scenario;
      console.log(
        `${file}: ok (${s.segments.length} segments, ${s.silos.length} silos, ${s.initiatives.length} initiatives, ${s.events.length} events)`,
      );
    } else {
      failed += 1;
      for (const problem of result.problems) console.log(formatProblem(file, problem, english));
    }
  }
  return failed > 0 ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`check-scenario: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
