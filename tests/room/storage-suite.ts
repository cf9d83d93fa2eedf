// The room storage's tests, shared by the two databases it runs on: room-storage.test.ts runs them
// on PGlite in a temporary folder, tests/server/postgres.test.ts on a throwaway PostgreSQL server.
// Every method, the uniqueness answers, appends that race, a restart that loses nothing, and
// migrations applied once. Imports the room storage, the database and vitest.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseOptions } from '../../src/room/database';
import { openDatabase } from '../../src/room/database';
import { MIGRATIONS } from '../../src/room/migrations';
import type { NewRoom, RoomStorage } from '../../src/room/room-storage';
import { openRoomStorage } from '../../src/room/room-storage';

export interface StorageTarget {
  /** Where the database is: called once the test file's beforeAll has made it. */
  options(): DatabaseOptions;
}

const OPEN_TIMEOUT = 120_000;

let counter = 0;
/** An id no other test uses (the database is shared by the file's tests). */
function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}${counter}${Math.random().toString(36).slice(2, 6)}`;
}

function newRoom(overrides: Partial<NewRoom> = {}): NewRoom {
  return {
    id: uniqueId('R'),
    name: 'Monday workshop',
    facilitatorKeyHash: 'hash:abc',
    scenarioId: 'vectra-office-systems',
    scenarioText: null,
    seed: 42,
    difficulty: { authority: 'medium', urgency: 'high', seatTime: 45 },
    ...overrides,
  };
}

export function roomStorageSuite(target: StorageTarget): void {
  let storage: RoomStorage;

  // PGlite's first open makes a new database cluster: seconds on a busy machine.
  beforeAll(async () => {
    storage = await openRoomStorage(target.options());
  }, OPEN_TIMEOUT);
  afterAll(async () => {
    await storage.close();
  }, OPEN_TIMEOUT);

  async function room(overrides: Partial<NewRoom> = {}) {
    const created = await storage.createRoom(newRoom(overrides));
    if (created === 'id-taken') throw new Error('fresh room id taken');
    return created;
  }

  async function team(roomId: string, name = uniqueId('Team ')) {
    const added = await storage.addTeam({
      id: uniqueId('T'),
      roomId,
      name,
      nameKey: name.toLowerCase(),
      rejoinCode: uniqueId('C'),
    });
    if (typeof added === 'string') throw new Error(`fresh team refused: ${added}`);
    return added;
  }

  describe('rooms', () => {
    it('creates a room and reads it back, JSON and dates as they went in', async () => {
      const fields = newRoom({
        scenarioText: 'name: Łódź Systems — a facilitator’s own file\n',
        difficulty: { authority: 'low', list: [1, 'two', null, { three: true }], n: 0.5 },
      });
      const before = Date.now();
      const created = await storage.createRoom(fields);
      expect(created).toEqual({
        ...fields,
        createdAt: expect.any(Date),
        closedAt: null,
        holdAfterQuarter: null,
        countdownEndsAt: null,
        message: null,
        messageAt: null,
      });
      if (created === 'id-taken') return;
      // The database's clock, not ours: allow for a little skew.
      expect(Math.abs(created.createdAt.getTime() - before)).toBeLessThan(60_000);
      expect(await storage.room(fields.id)).toEqual(created);
    });

    it('keeps difficulty that is a string, an array or a number as JSON', async () => {
      for (const difficulty of ['standard', [1, 2], 3, { nested: { a: [] } }]) {
        const created = await room({ difficulty });
        expect((await storage.room(created.id))?.difficulty).toEqual(difficulty);
      }
    });

    it("answers 'id-taken' for an id in use, and leaves that room as it was", async () => {
      const first = await room();
      expect(await storage.createRoom(newRoom({ id: first.id, name: 'Other' }))).toBe('id-taken');
      expect(await storage.room(first.id)).toEqual(first);
    });

    it('answers null for a room that does not exist', async () => {
      expect(await storage.room('NOSUCH')).toBeNull();
      expect(await storage.updateRoom('NOSUCH', { message: 'hi' })).toBeNull();
    });

    it('updates the fields given, leaves the others, and clears those set to null', async () => {
      const created = await room();
      const closedAt = new Date('2026-03-01T10:15:30.123Z');
      const countdownEndsAt = new Date('2026-03-01T10:20:00.000Z');
      const updated = await storage.updateRoom(created.id, {
        holdAfterQuarter: 3,
        countdownEndsAt,
        message: 'Break until 10:30',
        messageAt: closedAt,
      });
      expect(updated).toEqual({
        ...created,
        holdAfterQuarter: 3,
        countdownEndsAt,
        message: 'Break until 10:30',
        messageAt: closedAt,
      });
      const again = await storage.updateRoom(created.id, { closedAt, holdAfterQuarter: null });
      expect(again).toEqual({ ...updated, closedAt, holdAfterQuarter: null });
      expect(await storage.updateRoom(created.id, {})).toEqual(again);
      expect(await storage.room(created.id)).toEqual(again);
    });
  });

  describe('teams', () => {
    it('adds teams and finds them by id, by rejoin code and by room, in joining order', async () => {
      const r = await room();
      const a = await storage.addTeam({
        id: uniqueId('T'),
        roomId: r.id,
        name: 'Night Owls',
        nameKey: 'night owls',
        rejoinCode: 'K7M2',
      });
      expect(a).toEqual({
        id: expect.any(String),
        roomId: r.id,
        name: 'Night Owls',
        rejoinCode: 'K7M2',
        joinedAt: expect.any(Date),
        lastSeenAt: null,
      });
      if (typeof a === 'string') return;
      // Several in a row, some in one millisecond: the order is still the joining order.
      const later = [];
      for (let n = 0; n < 6; n++) later.push(await team(r.id));
      await team((await room()).id); // another room's team is not listed
      expect(await storage.team(a.id)).toEqual(a);
      expect(await storage.team('NOSUCH')).toBeNull();
      expect(await storage.teamByRejoinCode(r.id, 'K7M2')).toEqual(a);
      expect(await storage.teamByRejoinCode(r.id, 'NOPE')).toBeNull();
      expect(await storage.teams(r.id)).toEqual([a, ...later]);
      expect(await storage.teams('NOSUCH')).toEqual([]);
    });

    it("answers 'name-taken' for the same folded name in a room, not in another room", async () => {
      const r = await room();
      const first = await team(r.id, 'Blue Team');
      const clash = {
        id: uniqueId('T'),
        roomId: r.id,
        name: 'BLUE team',
        nameKey: 'blue team',
        rejoinCode: uniqueId('C'),
      };
      expect(await storage.addTeam(clash)).toBe('name-taken');
      const other = await room();
      expect(await storage.addTeam({ ...clash, roomId: other.id })).toMatchObject({
        name: 'BLUE team',
      });
      expect(await storage.teams(r.id)).toEqual([first]);
    });

    it("answers 'code-taken' for a rejoin code in use in the room", async () => {
      const r = await room();
      const first = await team(r.id);
      const clash = {
        id: uniqueId('T'),
        roomId: r.id,
        name: 'Someone else',
        nameKey: 'someone else',
        rejoinCode: first.rejoinCode,
      };
      expect(await storage.addTeam(clash)).toBe('code-taken');
      const other = await room();
      expect(await storage.addTeam({ ...clash, roomId: other.id })).toMatchObject({
        rejoinCode: first.rejoinCode,
      });
    });

    it('refuses a team for a room that does not exist', async () => {
      await expect(
        storage.addTeam({
          id: uniqueId('T'),
          roomId: 'NOSUCH',
          name: 'x',
          nameKey: 'x',
          rejoinCode: 'x',
        }),
      ).rejects.toThrow();
    });

    it('records when a team was last seen', async () => {
      const t = await team((await room()).id);
      const at = new Date('2026-03-01T09:00:01.500Z');
      await storage.touchTeam(t.id, at);
      expect(await storage.team(t.id)).toEqual({ ...t, lastSeenAt: at });
      await storage.touchTeam('NOSUCH', at); // nothing to touch, and no error
    });
  });

  describe('decisions', () => {
    const launch = { type: 'launch', initiative: 'loyalty-desk', scale: 'pilot' };
    const end = { type: 'endQuarter' };

    it('appends in order from seq 0 and reads them back in seq order', async () => {
      const t = await team((await room()).id);
      expect(await storage.decisions(t.id)).toEqual([]);
      expect(await storage.appendDecisions(t.id, 0, [launch])).toBe('ok');
      expect(await storage.appendDecisions(t.id, 1, [end, launch, end])).toBe('ok');
      expect(await storage.appendDecisions(t.id, 4, [])).toBe('ok');
      expect(await storage.decisions(t.id)).toEqual([launch, end, launch, end]);
    });

    it('keeps any JSON value as an action, strings and arrays included', async () => {
      const t = await team((await room()).id);
      const odd = ['text', ['a', 1], 0, null, { deep: { list: [true, false] } }, 'ąę "quoted"'];
      expect(await storage.appendDecisions(t.id, 0, odd)).toBe('ok');
      expect(await storage.decisions(t.id)).toEqual(odd);
    });

    it("answers 'gap' past the next seq and 'conflict' before it, storing nothing", async () => {
      const t = await team((await room()).id);
      expect(await storage.appendDecisions(t.id, 1, [launch])).toBe('gap');
      expect(await storage.appendDecisions(t.id, 0, [launch, end])).toBe('ok');
      expect(await storage.appendDecisions(t.id, 3, [end])).toBe('gap');
      expect(await storage.appendDecisions(t.id, 1, [end])).toBe('conflict');
      expect(await storage.appendDecisions(t.id, 0, [])).toBe('conflict');
      expect(await storage.decisions(t.id)).toEqual([launch, end]);
    });

    it('lets exactly one of several appends at the same seq through', async () => {
      const t = await team((await room()).id);
      await storage.appendDecisions(t.id, 0, [launch]);
      const writers = [0, 1, 2, 3].map((n) => [{ type: 'listen', segment: `s${n}` }, end]);
      const answers = await Promise.all(writers.map((w) => storage.appendDecisions(t.id, 1, w)));
      expect(answers.filter((a) => a === 'ok')).toHaveLength(1);
      expect(answers.filter((a) => a === 'conflict')).toHaveLength(writers.length - 1);
      const winner = writers[answers.indexOf('ok')]!;
      expect(await storage.decisions(t.id)).toEqual([launch, ...winner]);
    });

    it('refuses decisions for a team that does not exist', async () => {
      await expect(storage.appendDecisions('NOSUCH', 0, [end])).rejects.toThrow();
    });

    it("counts each team's decisions in a room, none included", async () => {
      const r = await room();
      const a = await team(r.id);
      const b = await team(r.id);
      const c = await team(r.id);
      await storage.appendDecisions(a.id, 0, [launch, end, end]);
      await storage.appendDecisions(c.id, 0, [end]);
      await team((await room()).id);
      expect(await storage.decisionCounts(r.id)).toEqual(
        new Map([
          [a.id, 3],
          [b.id, 0],
          [c.id, 1],
        ]),
      );
      expect(await storage.decisionCounts('NOSUCH')).toEqual(new Map());
    });
  });

  describe('results', () => {
    it("keeps one result per team, the latest, and lists a room's in joining order", async () => {
      const r = await room();
      const a = await team(r.id);
      const b = await team(r.id);
      const other = await team((await room()).id);
      await storage.saveResult({ teamId: b.id, resultCode: 'B-1', score: 70, fired: true });
      await storage.saveResult({ teamId: a.id, resultCode: 'A-1', score: 50, fired: false });
      await storage.saveResult({ teamId: a.id, resultCode: 'A-2', score: 81, fired: false });
      await storage.saveResult({ teamId: other.id, resultCode: 'O-1', score: 1, fired: true });
      const results = await storage.results(r.id);
      expect(results).toEqual([
        { teamId: a.id, resultCode: 'A-2', score: 81, fired: false, verifiedAt: expect.any(Date) },
        { teamId: b.id, resultCode: 'B-1', score: 70, fired: true, verifiedAt: expect.any(Date) },
      ]);
      expect(await storage.results('NOSUCH')).toEqual([]);
    });
  });

  describe('a restart', () => {
    it('loses nothing: closed and opened again, every record reads the same', async () => {
      const r = await room({ scenarioText: 'custom: true\n' });
      const updated = await storage.updateRoom(r.id, {
        message: 'Quarter 2 now',
        messageAt: new Date(),
      });
      const a = await team(r.id);
      const b = await team(r.id);
      await storage.touchTeam(a.id, new Date('2026-03-01T09:30:00Z'));
      await storage.appendDecisions(a.id, 0, [{ type: 'reportToCeo' }, { type: 'endQuarter' }]);
      await storage.saveResult({ teamId: b.id, resultCode: 'CODE', score: 12, fired: false });
      const before = {
        room: await storage.room(r.id),
        teams: await storage.teams(r.id),
        decisions: await storage.decisions(a.id),
        counts: await storage.decisionCounts(r.id),
        results: await storage.results(r.id),
      };
      expect(before.room).toEqual(updated);

      await storage.close();
      storage = await openRoomStorage(target.options());

      expect({
        room: await storage.room(r.id),
        teams: await storage.teams(r.id),
        decisions: await storage.decisions(a.id),
        counts: await storage.decisionCounts(r.id),
        results: await storage.results(r.id),
      }).toEqual(before);
      expect(await storage.appendDecisions(a.id, 2, [{ type: 'endQuarter' }])).toBe('ok');
    });
  });

  describe('migrations', () => {
    it('are applied once however often the database is opened', async () => {
      // One open at a time: a PGlite folder is not for two processes at once.
      await storage.close();
      await (await openRoomStorage(target.options())).close();
      const db = await openDatabase(target.options());
      try {
        const rows = await db.query<{ version: number }>(
          'SELECT version FROM room_migrations ORDER BY version',
        );
        expect(rows.map((row) => row.version)).toEqual(MIGRATIONS.map((m) => m.version));
      } finally {
        await db.close();
      }
      storage = await openRoomStorage(target.options());
    });
  });
}
