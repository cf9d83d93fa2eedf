// A throwaway PostgreSQL cluster for tests: Debian's postgresql binaries, a new cluster in a temp
// folder, listening on a free loopback port with trust authentication, stopped and deleted after.
// PostgreSQL refuses to run as root, so as root it runs as the postgres user (runuser). Imports
// only Node.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Cluster {
  /** A URL for a database on the cluster (created by createDatabase, or 'postgres'). */
  url(database: string): string;
  stop(): Promise<void>;
}

const MISSING = 'PostgreSQL is not installed: install postgresql: apt-get install postgresql';

/** The newest installed PostgreSQL's bin folder (Debian keeps each version under `root`). */
export function postgresBin(root = '/usr/lib/postgresql'): string {
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin/initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) throw new Error(`${MISSING} (no ${root}/*/bin/initdb)`);
  return join(root, versions[0]!, 'bin');
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

export async function startCluster(): Promise<Cluster> {
  const bin = postgresBin();
  const asRoot = process.getuid?.() === 0;
  // As root, every command runs as postgres, and the folders are postgres's.
  const run = (command: string, args: string[]) => {
    const [file, argv] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', join(bin, command), ...args]]
      : [join(bin, command), args];
    try {
      return execFileSync(file, argv, { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      const stderr = (error as { stderr?: string }).stderr ?? '';
      throw new Error(`${command} failed: ${stderr || String(error)}`, { cause: error });
    }
  };

  const base = mkdtempSync(join(tmpdir(), 'power-core-postgres-'));
  const data = join(base, 'data');
  const sockets = join(base, 'sockets');
  const log = join(base, 'server.log');
  mkdirSync(sockets);
  if (asRoot) execFileSync('chown', ['-R', 'postgres:postgres', base]);
  const port = await freePort();
  try {
    // No fsync: a test cluster need not survive a power cut, and the machine is busy.
    run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
    const options = `-p ${port} -k ${sockets} -c listen_addresses=127.0.0.1 -c fsync=off`;
    try {
      run('pg_ctl', ['-D', data, '-o', options, '-l', log, '-w', 'start']);
    } catch (error) {
      const serverLog = existsSync(log) ? readFileSync(log, 'utf8') : '';
      throw new Error(`${(error as Error).message}\n${serverLog}`, { cause: error });
    }
  } catch (error) {
    rmSync(base, { recursive: true, force: true });
    throw error;
  }
  return {
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    async stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(base, { recursive: true, force: true });
      }
    },
  };
}
