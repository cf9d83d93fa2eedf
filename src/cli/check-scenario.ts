// npm run check-scenario -- [--lang en|pl|uk] <file>...
// Checks scenario files with the same loader the game uses. Prints one line per problem,
// `<file>: <path>: <message>`, in the language asked for (by default the environment's, see
// language.ts), and nothing else
// on failure; exit 0 when every file is valid, 1 when any is not, 2 for wrong usage. Never prints
// a stack trace. Imports the scenario loader and the dictionaries.

import { formatProblem } from '../scenario/load';
import { UsageError } from './args';
import { LANG_USAGE, toolLanguage, toolTranslator } from './language';
import { loadScenarioFile } from './scenario-files';

const USAGE = `usage: npm run check-scenario -- ${LANG_USAGE} <scenario file or built-in id>...`;

class Usage extends Error {}

/** The files to check and the language of the messages, from the arguments. */
function parse(argv: readonly string[]): { files: string[]; lang: string } {
  const files: string[] = [];
  let lang: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    if (arg === '--help' || arg === '-h') throw new Usage('');
    if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
      if (value === undefined) throw new Usage('--lang needs a value');
      lang = value;
    } else if (arg.startsWith('--')) throw new Usage(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (files.length === 0) throw new Usage('');
  try {
    return { files, lang: toolLanguage(lang, process.env) };
  } catch (error) {
    if (error instanceof UsageError) throw new Usage(error.message);
    throw error;
  }
}

async function main(argv: string[]): Promise<number> {
  let args: { files: string[]; lang: string };
  try {
    args = parse(argv);
  } catch (error) {
    if (!(error instanceof Usage)) throw error;
    console.error(error.message ? `check-scenario: ${error.message}\n${USAGE}` : USAGE);
    return 2;
  }
  const t = await toolTranslator(args.lang);
  let failed = 0;
  for (const file of args.files) {
    const result = loadScenarioFile(file);
    if (result.ok) {
      const s = result.scenario;
      console.log(
        t.t('tool.check.ok', {
          file,
          segments: s.segments.length,
          silos: s.silos.length,
          initiatives: s.initiatives.length,
          events: s.events.length,
        }),
      );
    } else {
      failed += 1;
      for (const problem of result.problems) console.log(formatProblem(file, problem, t));
    }
  }
  return failed > 0 ? 1 : 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(`check-scenario: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
