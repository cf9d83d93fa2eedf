// The room storage on PGlite, the database a room server keeps by default: a fresh folder under
// the system's temp folder for this file, removed after. The tests themselves are in
// storage-suite.ts, shared with the PostgreSQL server's run (tests/server/postgres.test.ts).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe } from 'vitest';
import { roomStorageSuite } from './storage-suite';

// A folder that does not exist yet: opening creates it.
const parent = mkdtempSync(join(tmpdir(), 'power-core-room-'));
const dataDir = join(parent, 'data');

afterAll(() => {
  rmSync(parent, { recursive: true, force: true });
});

describe('room storage on PGlite', () => {
  roomStorageSuite({ options: () => ({ dataDir }) });
});
