// @vitest-environment jsdom
// The facilitator's live room page against a real room server (PGlite in a temporary folder,
// Socket.IO on loopback), with teams simulated over the same protocol sending the expert bot's
// decisions: an unknown room and a wrong key are refused in words, teams appear as they join and
// their quarters change, the rows sort from the keyboard, hold and release reach the server (a
// team's batch past the hold is refused), a message and a countdown show (and a message half
// typed survives a team's move), the projector view hides the controls and the key, a finished
// team's verified score shows, is ranked on the page as it finishes and is on the leaderboard
// already, an unnamed room is called by its code, and the room closes after a confirmation.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fireEvent, within } from '@testing-library/dom';
import type { Socket } from 'socket.io-client';
import type { Action } from '../../src/engine';
import { STANDARD_DIFFICULTY } from '../../src/engine';
import { botByName, playGame } from '../../src/engine/bots';
import { connectRoom } from '../../src/workshop/room-connection';
import type { DecisionsReply, JoinReply, RoomView } from '../../src/workshop/room-protocol';
import { ROOM_EVENTS } from '../../src/workshop/room-protocol';
import type { RunningRoom } from '../room/room-fixture';
import { makeRoom, openSocket, startRoomServer, stopRoomServer } from '../room/room-fixture';
import { verifyResult } from '../../src/workshop/verify';
import { builtIn } from '../helpers';
import { mount, until } from './harness';
import type { Harness } from './harness';

const scenario = builtIn();
const SEED = 777;
const dataDir = mkdtempSync(join(tmpdir(), 'power-core-live-page-'));
const expert: Action[] = playGame(
  scenario,
  SEED,
  STANDARD_DIFFICULTY,
  botByName('expert', scenario)!,
).state.decisions;
/** Where the expert's first quarter ends (its first endQuarter, included). */
const firstQuarter = expert.findIndex((a) => a.type === 'endQuarter') + 1;

let server: RunningRoom;
let url = '';
let code = '';
let key = '';
const sockets: Socket[] = [];

beforeAll(async () => {
  server = await startRoomServer(dataDir);
  url = server.url;
  const made = await makeRoom(server, {
    name: 'Thursday workshop',
    scenarioId: scenario.id,
    seed: SEED,
    difficulty: STANDARD_DIFFICULTY,
  });
  code = made.code;
  key = made.key;
}, 60_000); // PGlite starts Postgres in WebAssembly: seconds on a loaded machine

afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await stopRoomServer(server);
  rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

/** A team's browser: joins the room over the protocol and sends decisions in batches. */
async function team(
  name: string,
): Promise<{ socket: Socket; send: (to: number) => Promise<DecisionsReply> }> {
  const socket = openSocket(url);
  sockets.push(socket);
  const joined = (await socket
    .timeout(10_000)
    .emitWithAck(ROOM_EVENTS.join, { room: code, name })) as JoinReply;
  if (!joined.ok) throw new Error(`${name} could not join: ${joined.problem}`);
  let stored = 0;
  return {
    socket,
    async send(to) {
      const reply = (await socket.timeout(10_000).emitWithAck(ROOM_EVENTS.decisions, {
        from: stored,
        actions: expert.slice(stored, to),
      })) as DecisionsReply;
      stored = reply.stored;
      return reply;
    },
  };
}

const WAIT = 10_000;
const text = (h: Harness) => h.root.textContent ?? '';
const rowOf = (h: Harness, name: string) =>
  [...h.root.querySelectorAll<HTMLTableRowElement>('.live-teams tbody tr')].find(
    (tr) => tr.querySelector('th')?.textContent === name,
  );
const rowText = (h: Harness, name: string) => rowOf(h, name)?.textContent ?? '';
const clickKey = (h: Harness, dataKey: string) => {
  const el = h.root.querySelector<HTMLElement>(`[data-key="${dataKey}"]`);
  if (!el) throw new Error(`no control ${dataKey}`);
  el.click();
};

function mountLive(): Harness {
  return mount(undefined, { connectRoom: async () => connectRoom, pageOrigin: url });
}

/** A new page, from the facilitator corner's form, watching the room at `address`. */
async function watchFromCorner(address: string): Promise<Harness> {
  const page = mountLive();
  page.game.open('facilitator');
  await until(() => page.screen() === 'facilitator');
  page.press('4');
  await until(() => page.root.querySelector('#live-address') !== null);
  fireEvent.input(within(page.root).getByLabelText('Facilitator’s address or room code'), {
    target: { value: address },
  });
  clickKey(page, 'watch');
  return page;
}

describe('the live room page', () => {
  let h: Harness;
  let owls: Awaited<ReturnType<typeof team>>;
  let ants: Awaited<ReturnType<typeof team>>;

  it('is opened from the facilitator corner; an unknown room or a wrong key is refused in plain words', async () => {
    h = mountLive();
    h.game.open('facilitator');
    await until(() => h.screen() === 'facilitator');
    h.press('4');
    await until(() => h.root.querySelector('#live-address') !== null);
    // A code no room has.
    fireEvent.input(within(h.root).getByLabelText('Facilitator’s address or room code'), {
      target: { value: 'ZZZZZZZ' },
    });
    fireEvent.input(within(h.root).getByLabelText(/Facilitator key/), { target: { value: key } });
    clickKey(h, 'watch');
    await until(() => text(h).includes('There is no room with this code'), WAIT);
    clickKey(h, 'again');
    await until(() => h.root.querySelector('#live-address') !== null);
    const form = within(h.root);
    fireEvent.input(form.getByLabelText('Facilitator’s address or room code'), {
      target: { value: code },
    });
    fireEvent.input(form.getByLabelText(/Facilitator key/), { target: { value: 'NOT-THE-KEY' } });
    form.getByRole('button', { name: /Watch the room/ }).click();
    await until(() => text(h).includes('This key does not open the room'), WAIT);
    expect(h.game.store.getState().live).toMatchObject({ status: 'refused', problem: 'key' });
    // Nothing of the room is shown without its key.
    expect(h.root.querySelector('.live-teams, .live-controls')).toBeNull();
  });

  it('lists teams as they join, and their quarters as they play', async () => {
    h.root.querySelector<HTMLElement>('[data-key="again"]')!.click();
    await until(() => h.root.querySelector('#live-address') !== null);
    // The whole facilitator's address pasted: the code and key come from its fragment, and the
    // teams' address from its `at` (npm run room puts this computer's network address there).
    fireEvent.input(within(h.root).getByLabelText('Facilitator’s address or room code'), {
      target: { value: `${url}/#live=${code}&key=${key}&at=192.0.2.10` },
    });
    clickKey(h, 'watch');
    await until(() => h.root.querySelector('.live-code')?.textContent === code, WAIT);
    expect(text(h)).toContain('Thursday workshop');
    expect(text(h)).toContain('No team has joined yet.');
    expect(text(h)).toContain('No team has finished yet');
    expect(h.root.querySelector<HTMLButtonElement>('[data-key="live-board"]')!.disabled).toBe(true);
    expect(text(h)).toContain('Connected to the room');
    const port = new URL(url).port;
    expect(h.root.querySelector('.live-address')?.textContent).toBe(
      `http://192.0.2.10:${port}/?room=${code}`,
    );

    owls = await team('Owls <img src=x onerror=alert(1)>');
    const name = 'Owls <img src=x onerror=alert(1)>';
    await until(() => rowText(h, name).includes('Year 1 · Q1'), WAIT);
    expect(rowText(h, name)).toContain('online');
    // A team's name is text, never HTML.
    expect(h.root.querySelector('.live-teams img')).toBeNull();

    expect((await owls.send(firstQuarter)).stopped).toBeNull();
    await until(() => rowText(h, name).includes('Year 1 · Q2'), WAIT);
    // The last decision in words (the expert ended its quarter), and the budget in money.
    await until(() => rowText(h, name).includes('Ended the turn'), WAIT);
    expect(rowOf(h, name)!.querySelectorAll('td')[4]!.textContent).toMatch(/€/);

    ants = await team('Ants');
    await until(() => rowOf(h, 'Ants') !== undefined, WAIT);
  });

  it('sorts the rows by a column from the keyboard', async () => {
    const names = () =>
      [...h.root.querySelectorAll('.live-teams tbody th')].map((th) => th.textContent);
    expect(names()[0]).toBe('Ants');
    const byName = h.root.querySelector<HTMLButtonElement>('[data-key="sort-name"]')!;
    byName.focus();
    h.press('Enter');
    await until(() => names()[0]!.startsWith('Owls'));
    expect(h.root.querySelector('th[aria-sort="descending"]')).not.toBeNull();
    // Quarter: the team furthest on first.
    const byQuarter = h.root.querySelector<HTMLButtonElement>('[data-key="sort-quarter"]')!;
    byQuarter.focus();
    h.press('Enter');
    await until(() => names()[0]!.startsWith('Owls'));
    expect(h.game.store.getState().live!.sort).toEqual({ column: 'quarter', descending: true });
  });

  it('holds the teams at the end of year 1 on the server, and releases them', async () => {
    const teamsHear = new Promise<RoomView>((done) =>
      owls.socket.on(ROOM_EVENTS.room, (view: RoomView) => {
        if (view.holdAfterQuarter === 4) done(view);
      }),
    );
    fireEvent.change(h.root.querySelector('#live-hold-year')!, { target: { value: '1' } });
    clickKey(h, 'live-hold');
    await until(() => text(h).includes('Teams stop at the end of year 1'), WAIT);
    await teamsHear;

    // The team plays on: the room takes its decisions up to the hold and refuses the rest.
    const held = await owls.send(expert.length);
    expect(held.stopped).toBe('held');
    const name = 'Owls <img src=x onerror=alert(1)>';
    await until(() => rowText(h, name).includes('Held'), WAIT);
    expect(rowText(h, name)).toContain('Year 2 · Q1');

    clickKey(h, 'live-release');
    await until(() => text(h).includes('No hold: teams play on.'), WAIT);
    const rest = await owls.send(expert.length);
    expect(rest).toEqual({ stored: expert.length, stopped: null });
  });

  it("shows a finished team's verified score, and ranks it on the page as it finishes", async () => {
    const name = 'Owls <img src=x onerror=alert(1)>';
    await until(() => /score/.test(rowText(h, name)), WAIT);
    const row = h.game.store.getState().live!.teams.find((t) => t.name === name)!;
    const verified = verifyResult(row.result!.code, [scenario]);
    if (!verified.ok) throw new Error(`the room's result does not verify: ${verified.reason}`);
    expect(rowText(h, name)).toContain(`score ${verified.score.total}`);
    expect(text(h)).toContain('2 teams, 1 finished');
    // Nobody pressed anything: the result is verified on this page and ranked.
    await until(() => h.root.querySelector('.live-results .ranking tbody tr') !== null, WAIT);
    const ranked = h.root.querySelector('.live-results .ranking tbody tr')!;
    expect(ranked.querySelector('th')!.textContent).toBe(name);
    expect(ranked.textContent).toContain(String(verified.score.total));
    expect(h.root.querySelector('.live-results img')).toBeNull();
    expect(h.game.store.getState().board.entries).toHaveLength(1);
    expect(text(h)).not.toContain('No team has finished yet');
  });

  it('sends a message and starts a countdown that the teams see', async () => {
    const teamsHear = new Promise<RoomView>((done) =>
      owls.socket.on(ROOM_EVENTS.room, (view: RoomView) => {
        if (view.message) done(view);
      }),
    );
    const message = 'Coffee break <b>until 11:00</b>';
    fireEvent.input(h.root.querySelector('#live-message')!, { target: { value: message } });
    // A team moves while the message is typed: the page is drawn again, the text stays.
    await ants.send(3);
    await until(() => rowText(h, 'Ants').includes('Year 1 · Q1') && /Ants/.test(text(h)), WAIT);
    await until(
      () => h.game.store.getState().live!.teams.find((t) => t.name === 'Ants')!.decisions === 3,
      WAIT,
    );
    expect(h.root.querySelector<HTMLInputElement>('#live-message')!.value).toBe(message);
    clickKey(h, 'live-message-send');
    await until(() => text(h).includes(`Teams see: ${message}`), WAIT);
    expect((await teamsHear).message).toBe(message);
    expect(h.root.querySelector('.live-message b')).toBeNull();

    fireEvent.input(h.root.querySelector('#live-minutes')!, { target: { value: '5' } });
    clickKey(h, 'live-countdown');
    await until(() => /Time left: [45]:\d\d/.test(text(h)), WAIT);
    clickKey(h, 'live-countdown-stop');
    await until(() => !text(h).includes('Time left'), WAIT);

    clickKey(h, 'live-message-clear');
    await until(() => !text(h).includes('Teams see:'), WAIT);
  });

  it('shows a projector view with large type, no controls and no key', async () => {
    h.press('p');
    await until(() => h.root.querySelector('.live-projector') !== null);
    expect(
      h.root.querySelector('.live-controls, input, select, [data-key="live-board"]'),
    ).toBeNull();
    expect(h.root.querySelector('.live-code')?.textContent).toBe(code);
    expect(h.root.querySelector('.live-teams')).not.toBeNull();
    expect(h.root.querySelector('.live-results .ranking')).not.toBeNull();
    expect(document.body.innerHTML).not.toContain(key);
    // Esc leaves the projector view first, not the page.
    h.press('Escape');
    await until(() => h.root.querySelector('.live-projector') === null);
    expect(h.screen()).toBe('live');
    expect(document.body.innerHTML).not.toContain(key);
  });

  it("opens the leaderboard with the room's verified results on it", async () => {
    clickKey(h, 'live-board');
    await until(() => h.screen() === 'leaderboard', WAIT);
    const entries = h.game.store.getState().board.entries;
    expect(entries).toHaveLength(1);
    const entry = entries[0]!;
    if (!entry.verification.ok) throw new Error('the room result was not verified');
    expect(entry.verification.result.team).toBe('Owls <img src=x onerror=alert(1)>');
    await until(() => h.root.querySelector('.ranking') !== null, WAIT);
    expect(h.root.querySelector('.ranking')!.textContent).toContain(
      String(entry.verification.score.total),
    );
    // Opened again, the result is not doubled.
    h.game.open('live');
    await until(() => h.root.querySelector('[data-key="live-board"]') !== null);
    clickKey(h, 'live-board');
    await until(() => h.screen() === 'leaderboard', WAIT);
    expect(h.game.store.getState().board.entries).toHaveLength(1);
  });

  it('closes the room after asking, and the room then refuses decisions', async () => {
    h.game.open('live');
    await until(() => h.root.querySelector('[data-key="live-close"]') !== null);
    clickKey(h, 'live-close');
    await until(() => h.root.querySelector('[role="alertdialog"]') !== null);
    // Esc keeps it open.
    h.press('Escape');
    await until(() => h.root.querySelector('[role="alertdialog"]') === null);
    expect(h.screen()).toBe('live');
    clickKey(h, 'live-close');
    await until(() => h.root.querySelector('[data-key="live-close-confirm"]') !== null);
    clickKey(h, 'live-close-confirm');
    await until(() => text(h).includes('This room is closed'), WAIT);
    const ants = h.game.store.getState().live!.teams.find((t) => t.name === 'Ants')!;
    expect(ants.result).toBeNull();
    const late = await team('Late').catch((error: Error) => error);
    expect(late).toBeInstanceOf(Error);
    h.game.leaveRoom();
    expect(h.screen()).toBe('facilitator');
    expect(h.game.store.getState().live).toBeNull();
  });

  it('calls a room without a name by its code', async () => {
    const unnamed = await makeRoom(server, {
      name: '',
      scenarioId: scenario.id,
      seed: SEED,
      difficulty: STANDARD_DIFFICULTY,
    });
    const other = await watchFromCorner(`${url}/#live=${unnamed.code}&key=${unnamed.key}`);
    await until(() => other.root.querySelector('.live-code')?.textContent === unnamed.code, WAIT);
    expect(other.root.querySelector('h1')!.textContent).toBe(`Room ${unnamed.code}`);
    other.game.leaveRoom();
    other.unmount();
  });

  it('says when the room server does not answer, and keeps trying', async () => {
    const lonely = await watchFromCorner(`http://127.0.0.1:9/#live=${code}&key=${key}`);
    await until(() => text(lonely).includes('Connecting to the room'), WAIT);
    await until(() => text(lonely).includes('The room server does not answer'), 15_000);
    expect(text(lonely)).toContain('Connecting to the room');
    lonely.game.leaveRoom();
    lonely.unmount();
  }, 30_000);
});
