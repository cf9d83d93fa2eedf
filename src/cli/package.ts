// npm run package: builds the whole game as one HTML file, dist/packages/power-core.html, that
// plays opened straight from disk with no network - every language, every built-in scenario,
// Phaser, the checker's worker, the sounds (music included) and the fonts inside it. The game's
// own Vite config, with the code in one script and every asset inline (src/cli/single-file.ts).
// Node only; imports Vite.

import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { parseArgs, runToolAsync } from './args';
import { inlineCheckerWorker, PACKAGE_DIR, PACKAGE_FILE, singleFile } from './single-file';
import { PACKAGE_MODE } from '../ui/offline';

const USAGE = 'usage: npm run package';
const ROOT = resolve(import.meta.dirname, '../..');

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv, [], []);
  if (args.positional.length > 0) throw new Error(`unexpected argument ${args.positional[0]}`);
  await build({
    root: ROOT,
    configFile: resolve(ROOT, 'vite.config.ts'),
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
  const megabytes = statSync(file).size / 1_000_000;
  console.log(`${PACKAGE_DIR}/${PACKAGE_FILE}: ${megabytes.toFixed(1)} MB`);
  return 0;
}

runToolAsync('package', USAGE, main);
