// Live events between several room server instances behind one address (a company running many
// rooms): Socket.IO's PostgreSQL adapter, over the same PostgreSQL database the rooms are kept in.
// A team's row pushed on one instance reaches the facilitator connected to another, and the
// facilitator's hold reaches teams everywhere. One instance on PGlite needs none of this (the
// default in-memory adapter). Node only: imports pg and @socket.io/postgres-adapter.

import pg from 'pg';
import { createAdapter } from '@socket.io/postgres-adapter';
import type { ServerOptions } from 'socket.io';

export interface RoomEvents {
  readonly adapter: ServerOptions['adapter'];
  close(): Promise<void>;
}

/** The adapter for instances sharing the PostgreSQL database at `url` (migrated already). */
export function postgresEvents(url: string): RoomEvents {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // A dropped connection is reported by the pool, not thrown: the adapter reconnects by itself.
  pool.on('error', (error) => console.error('room: live events connection', error.message));
  return {
    adapter: createAdapter(pool) as ServerOptions['adapter'],
    close: () => pool.end(),
  };
}
