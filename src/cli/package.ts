// npm run package: builds the game's offline and LMS packages in dist/packages.
// - power-core.html: the whole game as one HTML file that plays opened straight from disk with no
//   network - every language, every built-in scenario, Phaser, the checker's worker, the sounds
//   (music included) and the fonts inside it. The game's own Vite config, with the code in one
//   script and every asset inline (src/cli/single-file.ts).
// - power-core-scorm12.zip and power-core-scorm2004.zip: the game built in its "scorm" mode (the
//   LMS code included, src/lms) with a manifest each, for a learning platform to import as one
//   course (src/cli/scorm-package.ts). `--mastery N` sets their pass mark (0..1000, default 500).
// Node only; imports Vite.

import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { parseArgs, runToolAsync, UsageError } from './args';
import { DEFAULT_MASTERY } from '../lms/build';
import { SCORM_PACKAGES, scormZip } from './scorm-package';
import { inlineCheckerWorker, PACKAGE_DIR, PACKAGE_FILE, singleFile } from './single-file';
import { PACKAGE_MODE, SCORM_MODE } from '../ui/offline';

const USAGE = 'usage: npm run package [-- --mastery 0..1000]';
const ROOT = resolve(import.meta.dirname, '../..');
const CONFIG = resolve(ROOT, 'vite.config.ts');

function masteryOf(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MASTERY;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 1000)
    throw new UsageError(`--mastery must be a whole score from 0 to 1000 (not "${value}")`);
  return n;
}

function megabytes(file: string): string {
  return `${(statSync(file).size / 1_000_000).toFixed(1)} MB`;
}

async function oneFile(): Promise<void> {
  await build({
    root: ROOT,
    configFile: CONFIG,
    // Its own mode: a page opened from a file gets no service worker and no manifest.
    mode: PACKAGE_MODE,
    logLevel: 'warn',
    plugins: [inlineCheckerWorker(), singleFile(PACKAGE_FILE)],
    build: {
      outDir: PACKAGE_DIR,
      emptyOutDir: true,
      // Every asset as a data: URL: fonts in the stylesheet, sounds where howler-sound.ts names them.
      assetsInlineLimit: () => true,
      cssCodeSplit: false,
      modulePreload: false,
      // The package is large by design; the size is printed below instead, and nothing else.
      chunkSizeWarningLimit: Number.MAX_SAFE_INTEGER,
      rolldownOptions: { checks: { bundlerTimings: false } },
    },
  });
  const file = resolve(ROOT, PACKAGE_DIR, PACKAGE_FILE);
  console.log(`${PACKAGE_DIR}/${PACKAGE_FILE}: ${megabytes(file)}`);
}

/** The game in its "scorm" mode, built once into a folder of its own and zipped per standard. */
async function scormPackages(mastery: number): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), 'power-core-scorm-'));
  try {
    await build({
      root: ROOT,
      configFile: CONFIG,
      mode: SCORM_MODE,
      logLevel: 'warn',
      build: {
        outDir: out,
        emptyOutDir: true,
        rolldownOptions: { checks: { bundlerTimings: false } },
      },
    });
    for (const [standard, { file }] of Object.entries(SCORM_PACKAGES)) {
      const zip = resolve(ROOT, PACKAGE_DIR, file);
      writeFileSync(zip, scormZip(ROOT, out, standard as keyof typeof SCORM_PACKAGES, mastery));
      console.log(`${PACKAGE_DIR}/${file}: ${megabytes(zip)} (pass mark ${mastery} of 1000)`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['mastery'], []);
  if (args.positional.length > 0) throw new UsageError(`unexpected argument ${args.positional[0]}`);
  const mastery = masteryOf(args.options.mastery);
  await oneFile();
  await scormPackages(mastery);
  return 0;
}

runToolAsync('package', USAGE, main);
