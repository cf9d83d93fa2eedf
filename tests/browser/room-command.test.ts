// `npm run room` as a trainer runs it before a workshop: it serves the production build and the
// live room on one port, prints the teams' address with the room code, and the facilitator's
// address with the key; the key lets a facilitator watch the room (the printed address opens
// the live page in Chromium, and the key leaves the address bar) and a team joins with the code.
// Stopped with Ctrl+C and started again on the same data folder, it opens the same room with its
// teams.

import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { io as connect } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import type { JoinReply, WatchReply } from '../../src/workshop/room-protocol';
import { ROOM_EVENTS, ROOM_SOCKET_PATH } from '../../src/workshop/room-protocol';
import { launch, waitForScreen, watchErrors } from '../../src/cli/chromium';

const dataDir = mkdtempSync(join(tmpdir(), 'power-core-room-command-'));
const children: ChildProcessWithoutNullStreams[] = [];
const sockets: Socket[] = [];

afterAll(() => {
  for (const socket of sockets) socket.disconnect();
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});

interface Started {
  readonly child: ChildProcessWithoutNullStreams;
  readonly out: string;
}

/** Starts the command and collects what it prints until it says how to stop it. */
function startRoom(...extra: string[]): Promise<Started> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/cli/room.ts',
      '--port',
      '0',
      '--data',
      dataDir,
      '--no-build',
      ...extra,
    ],
    { env: { ...process.env, NODE_NO_WARNINGS: '1', DATABASE_URL: '' } },
  );
  children.push(child);
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no room printed: ${out}`)), 90_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Ctrl+C')) {
        clearTimeout(timer);
        resolve({ child, out });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`room exited with ${code}: ${out}`)));
  });
}

/** Ctrl+C: the command stops by itself, with exit code 0. */
function stop(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', (code) => resolve(code));
    child.kill('SIGINT');
  });
}

/** What the command printed: the room code, the facilitator's address and the teams' ones. */
function printed(out: string) {
  const facilitator = /http:\/\/localhost:(\d+)\/#live=([0-9A-Z]+)&key=([0-9A-Z]+)/.exec(out);
  if (!facilitator) throw new Error(`no facilitator address printed: ${out}`);
  const [, port, code, key] = facilitator as unknown as [string, string, string, string];
  const teams = [...out.matchAll(/http:\/\/[\d.]+:\d+\/\?room=([0-9A-Z]+)/g)].map((m) => m[0]);
  return { origin: `http://localhost:${port}`, code, key, teams };
}

function ask<R>(socket: Socket, event: string, payload: unknown): Promise<R> {
  return socket.timeout(10_000).emitWithAck(event, payload) as Promise<R>;
}

function open(origin: string): Socket {
  const socket = connect(origin, { path: ROOM_SOCKET_PATH, transports: ['websocket'] });
  sockets.push(socket);
  return socket;
}

describe('npm run room', () => {
  it('serves the game and the room, and opens the same room again after Ctrl+C', async () => {
    const first = await startRoom('--seed', '4242', '--name', 'Tuesday group');
    const room = printed(first.out);
    expect(first.out).toContain(`Room code: ${room.code}`);
    // Every team address names the room; the key is kept for this computer's user only.
    for (const url of room.teams) expect(url).toMatch(new RegExp(`\\?room=${room.code}$`));
    expect(statSync(join(dataDir, 'room.json')).mode & 0o777).toBe(0o600);

    // The game is served at the printed addresses.
    for (const url of [`${room.origin}/?room=${room.code}`, ...room.teams]) {
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>Power Core');
    }

    // The room is served beside it: the printed key watches it, a wrong one does not.
    const facilitator = open(room.origin);
    expect(
      await ask<WatchReply>(facilitator, ROOM_EVENTS.watch, { room: room.code, key: 'WRONG' }),
    ).toEqual({ ok: false, problem: 'key' });
    const watched = await ask<WatchReply>(facilitator, ROOM_EVENTS.watch, {
      room: room.code,
      key: room.key,
    });
    if (!watched.ok) throw new Error(`could not watch: ${watched.problem}`);
    expect(watched.room.name).toBe('Tuesday group');
    expect(watched.game).toMatchObject({
      scenario: { kind: 'built-in', id: 'vectra-office-systems' },
      seed: 4242,
    });
    const team = open(room.origin);
    const joined = await ask<JoinReply>(team, ROOM_EVENTS.join, { room: room.code, name: 'Owls' });
    expect(joined.ok).toBe(true);

    // The printed facilitator's address opens the live page in a browser, with the team in it,
    // and takes the key out of the address bar.
    const address = /http:\/\/localhost:\d+\/#live=\S+/.exec(first.out)![0];
    const browser = await launch();
    try {
      const page = await browser.newPage();
      const errors = watchErrors(page);
      await page.goto(address);
      await waitForScreen(page, 'live');
      await page.waitForSelector('.live-teams tbody th');
      expect(await page.textContent('.live-code')).toBe(room.code);
      expect(await page.textContent('.live-teams tbody th')).toBe('Owls');
      expect(page.url()).not.toContain(room.key);
      expect(await page.content()).not.toContain(room.key);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }

    expect(await stop(first.child)).toBe(0);

    // Again on the same folder: the same room, code and key, with its team.
    const second = await startRoom();
    const again = printed(second.out);
    expect(second.out).toContain('open again');
    expect([again.code, again.key]).toEqual([room.code, room.key]);
    const back = await ask<WatchReply>(open(again.origin), ROOM_EVENTS.watch, {
      room: again.code,
      key: again.key,
    });
    if (!back.ok) throw new Error(`could not watch after the restart: ${back.problem}`);
    expect(back.teams.map((t) => t.name)).toEqual(['Owls']);
    expect(await stop(second.child)).toBe(0);

    // --new makes a fresh room with a new code and key.
    const fresh = await startRoom('--new');
    const made = printed(fresh.out);
    expect(made.code).not.toBe(room.code);
    expect(made.key).not.toBe(room.key);
    expect(await stop(fresh.child)).toBe(0);
  });
});
