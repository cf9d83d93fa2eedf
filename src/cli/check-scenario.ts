// npm run check-scenario -- [--lang en|pl|uk] <file>...
// Checks scenario files with the same loader the game uses. Prints one line per problem,
// `<file>: <path>: <message>`, in the language asked for (English by default), and nothing else
// on failure; exit 0 when every file is valid, 1 when any is not, 2 for wrong usage. Never prints
// a stack trace. Imports the scenario loader and the dictionaries.

import { formatProblem } from '../scenario/load';
import { createTranslator, DEFAULT_LANGUAGE, LANGUAGES, loadLanguage } from '../ui/i18n';
import { loadScenarioFile } from './scenario-files';

const CODES = Object.keys(LANGUAGES);
const USAGE = `usage: npm run check-scenario -- [--lang ${CODES.join('|')}] <scenario file or built-in id>...`;

class Usage extends Error {}

/** The files to check and the language of the messages, from the arguments. */
function parse(argv: readonly string[]): { files: string[]; lang: string } {
  const files: string[] = [];
  let lang = DEFAULT_LANGUAGE;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    if (arg === '--help' || arg === '-h') throw new Usage('');
    if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
      if (value === undefined || !CODES.includes(value))
        throw new Usage(`--lang must be ${CODES.join(', ')}${value ? ` (not "${value}")` : ''}`);
      lang = value;
    } else if (arg.startsWith('--')) throw new Usage(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (files.length === 0) throw new Usage('');
  return { files, lang };
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
  await loadLanguage(args.lang);
  const t = createTranslator(args.lang);
  let failed = 0;
  for (const file of args.files) {
    const result = loadScenarioFile(file);
    if (result.ok) {
      const s = result.scenario;
      console.log(
        `${file}: ok (${s.segments.length} segments, ${s.silos.length} silos, ${s.initiatives.length} initiatives, ${s.events.length} events)`,
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
