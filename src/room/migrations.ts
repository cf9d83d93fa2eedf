// The room database's schema as numbered SQL migrations, applied when the database opens, each
// once, and recorded in room_migrations. They run in one transaction under a Postgres advisory
// lock, so two room servers starting at once against one PostgreSQL server take turns: the second
// waits, then finds everything applied. The SQL is plain PostgreSQL 15, the same on PGlite and a
// server. Imports the Database interface.

import type { Database } from './database';

export interface Migration {
  /** 1, 2, 3, ...: applied in this order; never renumber or edit one that has shipped. */
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'rooms, teams, decisions, results',
    sql: `
      CREATE TABLE rooms (
        id text PRIMARY KEY,
        name text NOT NULL,
        facilitator_key_hash text NOT NULL,
        scenario_id text NOT NULL,
        scenario_text text NULL,
        seed integer NOT NULL,
        difficulty jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz NULL,
        hold_after_quarter integer NULL,
        countdown_ends_at timestamptz NULL,
        message text NULL,
        message_at timestamptz NULL
      );
      CREATE TABLE teams (
        id text PRIMARY KEY,
        room_id text NOT NULL REFERENCES rooms,
        name text NOT NULL,
        name_key text NOT NULL,
        rejoin_code text NOT NULL,
        joined_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NULL,
        -- Joining order: joined_at ties (PGlite's clock counts milliseconds), this never does.
        join_order bigint GENERATED ALWAYS AS IDENTITY,
        CONSTRAINT teams_room_name_key UNIQUE (room_id, name_key),
        CONSTRAINT teams_room_rejoin_code UNIQUE (room_id, rejoin_code)
      );
      CREATE TABLE decisions (
        team_id text NOT NULL REFERENCES teams,
        seq integer NOT NULL,
        action jsonb NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (team_id, seq)
      );
      CREATE TABLE results (
        team_id text PRIMARY KEY REFERENCES teams,
        result_code text NOT NULL,
        score integer NOT NULL,
        fired boolean NOT NULL,
        verified_at timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
  {
    version: 2,
    name: 'live events between server instances',
    // Socket.IO's PostgreSQL adapter passes events between instances with NOTIFY, and keeps the
    // ones too large for a notification in this table (its schema is the adapter's own).
    sql: `
      CREATE TABLE socket_io_attachments (
        id bigserial UNIQUE,
        created_at timestamptz DEFAULT now(),
        payload bytea
      );
    `,
  },
];

// Any fixed number, the same in every server; pg_advisory_xact_lock takes a bigint. This one
// spells "PowerCor" in ASCII, unlikely to collide with another application's lock on a shared
// server.
const MIGRATION_LOCK = '5795982523041542002';

/** Applies the migrations not yet recorded; returns the versions it applied (in order). */
export async function migrate(
  db: Database,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  return db.transaction(async (tx) => {
    // Held until the transaction ends; the waiting server then sees the finished tables.
    await tx.query('SELECT pg_advisory_xact_lock($1::bigint)', [MIGRATION_LOCK]);
    await tx.query(`
      CREATE TABLE IF NOT EXISTS room_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    const rows = await tx.query<{ version: number }>('SELECT version FROM room_migrations');
    const done = new Set(rows.map((row) => row.version));
    const applied: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO room_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.version);
    }
    return applied;
  });
}
