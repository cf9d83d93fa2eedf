// npm run serve [-- --port <n>] [--no-build]
// Serves the production build to a room: builds it (unless --no-build and a build exists), then
// listens on every network interface and prints the addresses the teams type into their
// browsers. The game runs entirely in each browser; this only hands out the files, so one
// facilitator laptop on the room's Wi-Fi is enough. Node only: imports vite and the network
// addresses.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, preview } from 'vite';
import { parseArgs, runToolAsync, UsageError } from './args';
import { roomAddresses } from './network';

const USAGE = 'usage: npm run serve -- [--port <n>] [--no-build]';
const ROOT = resolve(import.meta.dirname, '../..');

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['port'], ['no-build', 'help']);
  if (args.flags.has('help')) {
    console.log(USAGE);
    return 0;
  }
  const port = args.options.port === undefined ? 4173 : Number(args.options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError('--port must be a whole number between 0 and 65535');
  const built = existsSync(resolve(ROOT, 'dist/index.html'));
  if (!args.flags.has('no-build') || !built) {
    console.log('Building the game for the room…');
    await build({ root: ROOT, logLevel: 'warn' });
  }
  const server = await preview({
    root: ROOT,
    logLevel: 'silent',
    preview: { port, host: '0.0.0.0', strictPort: port !== 0, open: false },
  });
  const address = server.httpServer.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  const addresses = roomAddresses(actual);
  console.log('');
  console.log('Power Core is ready for the room.');
  if (addresses.length === 0) {
    console.log('This computer is on no network: only it can play, at');
  } else {
    console.log('Teams open one of these addresses in their browser (same Wi-Fi or network):');
    for (const a of addresses) console.log(`  ${a}`);
    console.log('On this computer:');
  }
  console.log(`  http://localhost:${actual}/`);
  console.log('');
  console.log('Every game runs and saves in its own browser; nothing is sent back here.');
  console.log('Press Ctrl+C to stop serving (games already open keep working).');
  return await new Promise<number>((done) => {
    const stop = () => void server.close().then(() => done(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

runToolAsync('serve', USAGE, main);
