// The room storage on a PostgreSQL server (npm run test:server): a throwaway PostgreSQL cluster
// (postgres-cluster.ts), the same suite as on PGlite (tests/room/storage-suite.ts), and room
// servers starting at the same moment against one database: the migrations run once, and no
// server fails. Needs Debian's postgresql; imports pg, the room storage and the shared suite.

import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/room/database';
import { MIGRATIONS } from '../../src/room/migrations';
import { openRoomStorage } from '../../src/room/room-storage';
import { roomStorageSuite } from '../room/storage-suite';
import type { Cluster } from './postgres-cluster';
import { postgresBin, startCluster } from './postgres-cluster';

let cluster: Cluster | undefined;

function started(): Cluster {
  if (!cluster) throw new Error('the PostgreSQL cluster did not start');
  return cluster;
}

async function createDatabase(name: string): Promise<string> {
  const client = new pg.Client({ connectionString: started().url('postgres') });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  return started().url(name);
}

beforeAll(async () => {
  cluster = await startCluster();
});

afterAll(async () => {
  await cluster?.stop();
});

describe('room storage on PostgreSQL', () => {
  let url = '';
  beforeAll(async () => {
    url = await createDatabase('room_suite');
  });
  roomStorageSuite({ options: () => ({ url }) });
});

describe('room servers starting at once against one PostgreSQL database', () => {
  it('apply the migrations once, and every one opens', async () => {
    // A few rounds, each on a fresh database, so the openers really meet on empty tables.
    for (const round of [1, 2, 3]) {
      const url = await createDatabase(`room_race_${round}`);
      const opened = await Promise.all([1, 2, 3].map(() => openRoomStorage({ url })));
      const db = await openDatabase({ url });
      try {
        const rows = await db.query<{ version: number }>(
          'SELECT version FROM room_migrations ORDER BY version',
        );
        expect(rows.map((row) => row.version)).toEqual(MIGRATIONS.map((m) => m.version));
      } finally {
        await db.close();
      }
      // Each can use the database it opened.
      const room = await opened[0]!.createRoom({
        id: `RACE${round}`,
        name: 'Race',
        facilitatorKeyHash: 'h',
        scenarioId: 's',
        scenarioText: null,
        seed: 1,
        difficulty: {},
      });
      expect(await opened[2]!.room(`RACE${round}`)).toEqual(room);
      await Promise.all(opened.map((storage) => storage.close()));
    }
  });
});

describe('a database that cannot be opened', () => {
  it('fails at open, not at the first request', async () => {
    const url = started().url('no_such_database');
    await expect(openRoomStorage({ url })).rejects.toThrow(/no_such_database/);
  });
});

describe('without PostgreSQL installed', () => {
  it('says how to install it', () => {
    expect(() => postgresBin('/nonexistent/postgresql')).toThrow(
      'install postgresql: apt-get install postgresql',
    );
  });
});
