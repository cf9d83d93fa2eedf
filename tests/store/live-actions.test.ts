// @vitest-environment jsdom
// The live room in the store, over a fake connection (the real server is in
// tests/ui/live-room.test.ts): the facilitator's address read whole or as code and key, a page
// with no room server says so, the room is watched again after the connection comes back (the
// server forgets a watcher that dropped), and a wrong key stops the asking.

import { describe, expect, it } from 'vitest';
import { readLiveAddress } from '../../src/store/live-actions';
import type { ConnectRoom, RoomConnection } from '../../src/workshop/room-connection';
import type { RoomView, TeamRow, WatchReply } from '../../src/workshop/room-protocol';
import { ROOM_EVENTS } from '../../src/workshop/room-protocol';
import { STANDARD_DIFFICULTY } from '../../src/engine';
import { mount, until } from '../ui/harness';

const VIEW: RoomView = {
  code: 'ABCDEF7',
  name: 'Room',
  closed: false,
  holdAfterQuarter: null,
  countdownEndsAt: null,
  message: null,
  messageAt: null,
};

const row = (quarter: number): TeamRow => ({
  id: 't1',
  name: 'Owls',
  connected: true,
  quarter,
  status: 'playing',
  held: false,
  customers: 100,
  twinCustomers: 90,
  ceoSupport: 60,
  budget: 300,
  decisions: quarter,
  lastDecision: null,
  result: null,
});

/** A connection the test drives: it goes up and down, and answers `watch` as told. */
function fakeRoom(answer: () => WatchReply) {
  const listeners = new Map<string, ((payload: unknown) => void)[]>();
  const status: ((online: boolean) => void)[] = [];
  const asked: { event: string; payload: unknown }[] = [];
  let online = false;
  let closed = false;
  const connection: RoomConnection = {
    ask: async <R>(event: string, payload: unknown) => {
      asked.push({ event, payload });
      return (event === ROOM_EVENTS.watch ? answer() : { ok: true, room: VIEW }) as R;
    },
    on(event, listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return () =>
        listeners.set(
          event,
          (listeners.get(event) ?? []).filter((l) => l !== listener),
        );
    },
    onStatus(listener) {
      status.push(listener);
      return () => undefined;
    },
    get online() {
      return online;
    },
    close: () => void (closed = true),
  };
  return {
    connect: (() => connection) as ConnectRoom,
    asked,
    get closed() {
      return closed;
    },
    setOnline(up: boolean) {
      online = up;
      for (const listener of status) listener(up);
    },
    push(event: string, payload: unknown) {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
  };
}

describe('the facilitator address', () => {
  it('is read whole, as its fragment, or as a code and a key typed apart', () => {
    expect(readLiveAddress('http://localhost:4321/#live=ABCDEF7&key=SECRET&at=10.0.0.5')).toEqual({
      code: 'ABCDEF7',
      key: 'SECRET',
      url: 'http://localhost:4321',
      teamsHost: '10.0.0.5',
    });
    expect(readLiveAddress('#live=ABCDEF7&key=SECRET')).toMatchObject({
      code: 'ABCDEF7',
      url: null,
    });
    expect(readLiveAddress(' abc-def7 ', ' SECRET ')).toEqual({
      code: 'abc-def7',
      key: 'SECRET',
      url: null,
      teamsHost: null,
    });
    expect(readLiveAddress('ABCDEF7')).toBeNull();
    expect(readLiveAddress('http://localhost:4321/')).toBeNull();
  });
});

describe('watching a live room', () => {
  const address = { code: 'ABCDEF7', key: 'SECRET', url: null, teamsHost: null };
  const watched: WatchReply = {
    ok: true,
    room: VIEW,
    game: {
      scenario: { kind: 'built-in', id: 'vectra-office-systems' },
      seed: 1,
      difficulty: STANDARD_DIFFICULTY,
    },
    teams: [row(1)],
  };

  it('says so on a page that no room server served', async () => {
    const h = mount();
    await h.game.watchRoom(address);
    expect(h.game.store.getState().live).toMatchObject({ status: 'refused', problem: 'no-server' });
    await until(() => (h.root.textContent ?? '').includes('not opened from a room server'));
  });

  it('watches again when the connection comes back, and follows the pushed rows', async () => {
    const room = fakeRoom(() => watched);
    const h = mount(undefined, {
      connectRoom: async () => room.connect,
      pageOrigin: 'http://localhost:4321',
    });
    await h.game.watchRoom(address);
    expect(h.game.store.getState().live).toMatchObject({ status: 'connecting', online: false });
    room.setOnline(true);
    await until(() => h.game.store.getState().live?.status === 'watching');
    const drawn: number[][] = [];
    const stop = h.game.store.subscribe((s) => drawn.push(s.live!.teams.map((t) => t.quarter)));
    // Rows that come together are shown together (forty teams must not redraw the page forty
    // times), and soon.
    room.push(ROOM_EVENTS.team, row(2));
    room.push(ROOM_EVENTS.team, row(3));
    // Not a row: ignored.
    room.push(ROOM_EVENTS.team, { name: 'no id' });
    await until(() => h.game.store.getState().live!.teams[0]!.quarter === 3, 1000);
    stop();
    expect(h.game.store.getState().live!.teams.map((t) => t.quarter)).toEqual([3]);
    // Shown once, with the last of the two: never at quarter 2 (other changes of the page, such
    // as its scenario arriving, may still show the row at quarter 1 before).
    expect(drawn.filter((quarters) => quarters[0] !== 1)).toEqual([[3]]);

    room.setOnline(false);
    expect(h.game.store.getState().live!.online).toBe(false);
    room.setOnline(true);
    await until(() => room.asked.filter((a) => a.event === ROOM_EVENTS.watch).length === 2);
    expect(room.asked.at(-1)!.payload).toEqual({ room: 'ABCDEF7', key: 'SECRET' });
    await until(() => h.game.store.getState().live!.online);

    h.game.leaveRoom();
    expect(room.closed).toBe(true);
    expect(h.game.store.getState().live).toBeNull();
  });

  it('stops asking after a wrong key', async () => {
    const room = fakeRoom(() => ({ ok: false, problem: 'key' }));
    const h = mount(undefined, {
      connectRoom: async () => room.connect,
      pageOrigin: 'http://localhost:4321',
    });
    await h.game.watchRoom(address);
    room.setOnline(true);
    await until(() => h.game.store.getState().live?.status === 'refused');
    expect(h.game.store.getState().live!.problem).toBe('key');
    expect(room.closed).toBe(true);
  });
});
