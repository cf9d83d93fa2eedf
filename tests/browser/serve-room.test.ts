// `npm run serve` as a facilitator runs it before a workshop: it serves the production build on
// every network interface and prints the addresses to give the teams; a browser at one of them
// gets the game.

import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { launch, waitForScreen } from '../../src/cli/chromium';

const children: ReturnType<typeof spawn>[] = [];

afterAll(() => {
  for (const child of children) child.kill('SIGTERM');
});

/** Starts the command and collects what it prints until it says it is ready. */
function startServe(): Promise<string> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/serve-room.ts', '--port', '0', '--no-build'],
    { env: { ...process.env, NODE_NO_WARNINGS: '1' } },
  );
  children.push(child);
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address printed: ${out}`)), 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Ctrl+C')) {
        clearTimeout(timer);
        resolve(out);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
}

describe('npm run serve', () => {
  it('prints the room addresses and serves the game at them', async () => {
    const out = await startServe();
    expect(out).toContain('Power Core is ready for the room.');
    const local = /http:\/\/localhost:(\d+)\//.exec(out);
    expect(local).not.toBeNull();
    const urls = [...out.matchAll(/http:\/\/[\d.]+:\d+\//g)].map((m) => m[0]);
    const browser = await launch();
    try {
      for (const url of [local![0], ...urls]) {
        const page = await browser.newPage();
        await page.goto(url);
        await waitForScreen(page, 'title');
        expect(await page.title()).toContain('Power Core');
        await page.close();
      }
    } finally {
      await browser.close();
    }
  });
});
