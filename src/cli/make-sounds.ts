// npx tsx src/cli/make-sounds.ts [--check]: writes the game's sound effects and music loop to
// assets/sounds/*.wav from the synthesiser and prints each file's size and levels (the
// listen-check we can do without ears). --check writes nothing and exits 1 if a committed file
// differs from what the synthesiser makes now. Imports node:fs and the synthesiser.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, runTool } from './args';
import { SYNTH_NAMES, encodeWav, measure, renderSound } from './sound-synth';

const USAGE = 'usage: npx tsx src/cli/make-sounds.ts [--check]';

/** Where the game loads its sounds from (src/ui/howler-sound.ts). */
export const SOUND_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../assets/sounds');

function pad(value: string, width: number): string {
  return value.padStart(width);
}

function main(argv: string[]): number {
  const args = parseArgs(argv, [], ['check']);
  if (args.positional.length > 0) throw new Error(`unexpected argument ${args.positional[0]}`);
  const check = args.flags.has('check');
  if (!check) mkdirSync(SOUND_DIR, { recursive: true });
  console.log(
    `${'file'.padEnd(18)}${pad('seconds', 8)}${pad('bytes', 10)}${pad('peak dB', 9)}${pad('RMS dB', 8)}${pad('loud dB', 9)}${pad('avg dB', 8)}`,
  );
  let effectBytes = 0;
  let stale = 0;
  for (const name of SYNTH_NAMES) {
    const samples = renderSound(name);
    const bytes = encodeWav(samples);
    const path = join(SOUND_DIR, `${name}.wav`);
    if (check) {
      const same = existsSync(path) && Buffer.from(bytes).equals(readFileSync(path));
      if (!same) {
        stale += 1;
        console.log(`${path}: out of date (run npx tsx src/cli/make-sounds.ts)`);
      }
    } else {
      writeFileSync(path, bytes);
    }
    if (name !== 'music') effectBytes += bytes.length;
    const l = measure(samples);
    console.log(
      `${`${name}.wav`.padEnd(18)}${pad(l.seconds.toFixed(3), 8)}${pad(String(bytes.length), 10)}${pad(l.peakDb.toFixed(1), 9)}${pad(l.rmsDb.toFixed(1), 8)}${pad(l.loudestDb.toFixed(1), 9)}${pad(l.averageDb.toFixed(1), 8)}`,
    );
  }
  console.log(`effects together: ${effectBytes} bytes`);
  console.log(
    'peak: largest sample; RMS: plain, whole file; loud: K-weighted, loudest 100 ms; avg: K-weighted, whole file',
  );
  return stale > 0 ? 1 : 0;
}

runTool('make-sounds', USAGE, main);
