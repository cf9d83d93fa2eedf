// One small interface over the two databases the room server can keep its data in: PGlite
// (Postgres compiled to WebAssembly, kept in a folder: the default, so one facilitator laptop
// needs nothing installed) and a PostgreSQL server given by a URL (pg's connection pool). Both
// speak the same SQL; this hides how each runs queries and transactions, and makes them return
// the same values: jsonb as parsed JSON, timestamptz as Date. Node only: imports
// @electric-sql/pglite, pg and node:fs.

import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export interface Queryable {
  /** Runs one statement with $1, $2, ... parameters and returns its rows. */
  query<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a script of statements separated by semicolons, without parameters (a migration). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  /**
   * Runs `work` in one transaction on one connection: committed when it resolves, rolled back
   * when it throws (the error is thrown on).
   */
  transaction<R>(work: (tx: Queryable) => Promise<R>): Promise<R>;
  close(): Promise<void>;
}

/** A folder for PGlite (created if missing), or a PostgreSQL server's URL. */
export type DatabaseOptions = { readonly dataDir: string } | { readonly url: string };

/** The SQLSTATE of a failed statement ('23505' unique violation, ...); both drivers set `code`. */
export function sqlState(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return 'url' in options ? openPostgres(options.url) : openPglite(options.dataDir);
}

// The same parsers on both drivers, so a row reads alike whichever database holds it: json and
// jsonb as parsed JSON, timestamptz as a Date (pg's own parser, which reads any server time zone
// offset). Other types keep each driver's defaults (text, integer and boolean already agree).
const OID = { json: 114, jsonb: 3802, timestamptz: 1184 } as const;
const PARSERS: Readonly<Record<number, (text: string) => unknown>> = {
  [OID.json]: (text) => JSON.parse(text),
  [OID.jsonb]: (text) => JSON.parse(text),
  [OID.timestamptz]: pg.types.getTypeParser(OID.timestamptz, 'text'),
};

async function openPglite(dataDir: string): Promise<Database> {
  mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir, { parsers: PARSERS });
  // PGlite has one connection: its transaction() holds other queries back until it ends, so a
  // transaction here never interleaves with another (they run one after the other).
  const queryable = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    async query<T>(sql: string, params: readonly unknown[] = []) {
      return (await q.query<T>(sql, [...params])).rows;
    },
    // query() prepares one statement; exec() takes a script.
    async exec(sql: string) {
      await q.exec(sql);
    },
  });
  return {
    ...queryable(db),
    transaction: (work) => db.transaction((tx) => work(queryable(tx))),
    close: () => db.close(),
  };
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        PARSERS[oid] ?? pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection that the server drops (a restart) is an 'error' event: without a listener
  // it would crash the process; the pool replaces the connection on the next query.
  pool.on('error', () => undefined);
  const queryable = (q: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T>(sql: string, params: readonly unknown[] = []) {
      // Rows are objects keyed by column; T is what the caller's SELECT names.
      return (await q.query(sql, [...params])).rows as T[];
    },
    // Without parameters pg sends the simple query protocol, which takes several statements.
    async exec(sql: string) {
      await q.query(sql);
    },
  });
  // Fail at open, not at the first request, when the server is unreachable or refuses us.
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    ...queryable(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(queryable(client));
        await client.query('COMMIT');
        client.release();
        return result;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
          client.release();
        } catch (rollbackError) {
          // The connection is broken: destroy it rather than return it to the pool.
          client.release(rollbackError instanceof Error ? rollbackError : true);
        }
        throw error;
      }
    },
    close: () => pool.end(),
  };
}
