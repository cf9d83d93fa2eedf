// The room server's records: rooms, the teams in them, each team's decisions in order, and each
// team's verified result. What the room's rules read and write, as plain records (camelCase,
// Dates, parsed JSON) over the Database's SQL (snake_case columns, jsonb, timestamptz), so the
// rules never see SQL or which database holds the room. Node only: imports the Database and the
// migrations.

import type { Database, DatabaseOptions, Queryable } from './database';
import { openDatabase, sqlState } from './database';
import { migrate } from './migrations';

export interface RoomRecord {
  id: string;
  name: string;
  facilitatorKeyHash: string;
  scenarioId: string;
  scenarioText: string | null;
  seed: number;
  difficulty: unknown;
  createdAt: Date;
  closedAt: Date | null;
  holdAfterQuarter: number | null;
  countdownEndsAt: Date | null;
  message: string | null;
  messageAt: Date | null;
}

export interface TeamRecord {
  id: string;
  roomId: string;
  name: string;
  rejoinCode: string;
  joinedAt: Date;
  lastSeenAt: Date | null;
}

export interface ResultRecord {
  teamId: string;
  resultCode: string;
  score: number;
  fired: boolean;
  verifiedAt: Date;
}

export type NewRoom = Pick<
  RoomRecord,
  'id' | 'name' | 'facilitatorKeyHash' | 'scenarioId' | 'scenarioText' | 'seed' | 'difficulty'
>;

export type RoomPatch = Partial<
  Pick<RoomRecord, 'closedAt' | 'holdAfterQuarter' | 'countdownEndsAt' | 'message' | 'messageAt'>
>;

export interface RoomStorage {
  /** 'id-taken' when a room already has this id (the caller draws another code). */
  createRoom(room: NewRoom): Promise<RoomRecord | 'id-taken'>;
  room(id: string): Promise<RoomRecord | null>;
  /** Sets the fields present in `patch` (null clears one); null when there is no such room. */
  updateRoom(id: string, patch: RoomPatch): Promise<RoomRecord | null>;
  /**
   * 'name-taken' when the room has a team with this nameKey (the name folded by the caller),
   * 'code-taken' when it has one with this rejoin code. Throws when the room does not exist.
   */
  addTeam(team: {
    id: string;
    roomId: string;
    name: string;
    nameKey: string;
    rejoinCode: string;
  }): Promise<TeamRecord | 'name-taken' | 'code-taken'>;
  team(id: string): Promise<TeamRecord | null>;
  teamByRejoinCode(roomId: string, rejoinCode: string): Promise<TeamRecord | null>;
  /** In joining order. */
  teams(roomId: string): Promise<TeamRecord[]>;
  /** Sets last_seen_at. */
  touchTeam(id: string, at: Date): Promise<void>;
  /**
   * Appends actions at seq `from`, from+1, ... in one transaction. Seqs start at 0, so the next
   * seq is the number of decisions stored. 'gap' when `from` is past the next seq; 'conflict'
   * when another writer stored that seq first (the caller re-reads). Stored before this resolves.
   * Throws when the team does not exist.
   */
  appendDecisions(
    teamId: string,
    from: number,
    actions: readonly unknown[],
  ): Promise<'ok' | 'gap' | 'conflict'>;
  /** In seq order. */
  decisions(teamId: string): Promise<unknown[]>;
  /** Team id to the number of decisions stored, for every team in the room (0 included). */
  decisionCounts(roomId: string): Promise<Map<string, number>>;
  /** Replaces the team's result; verifiedAt is now. */
  saveResult(result: Omit<ResultRecord, 'verifiedAt'>): Promise<void>;
  /** The room's results, in the teams' joining order. */
  results(roomId: string): Promise<ResultRecord[]>;
  close(): Promise<void>;
}

// SQLSTATE of a unique violation: a taken id, name, rejoin code or seq.
const UNIQUE_VIOLATION = '23505';

interface RoomRow {
  id: string;
  name: string;
  facilitator_key_hash: string;
  scenario_id: string;
  scenario_text: string | null;
  seed: number;
  difficulty: unknown;
  created_at: Date;
  closed_at: Date | null;
  hold_after_quarter: number | null;
  countdown_ends_at: Date | null;
  message: string | null;
  message_at: Date | null;
}

interface TeamRow {
  id: string;
  room_id: string;
  name: string;
  rejoin_code: string;
  joined_at: Date;
  last_seen_at: Date | null;
}

interface ResultRow {
  team_id: string;
  result_code: string;
  score: number;
  fired: boolean;
  verified_at: Date;
}

const TEAM_COLUMNS = 'id, room_id, name, rejoin_code, joined_at, last_seen_at';

function roomRecord(row: RoomRow): RoomRecord {
  return {
    id: row.id,
    name: row.name,
    facilitatorKeyHash: row.facilitator_key_hash,
    scenarioId: row.scenario_id,
    scenarioText: row.scenario_text,
    seed: row.seed,
    difficulty: row.difficulty,
    createdAt: row.created_at,
    closedAt: row.closed_at,
    holdAfterQuarter: row.hold_after_quarter,
    countdownEndsAt: row.countdown_ends_at,
    message: row.message,
    messageAt: row.message_at,
  };
}

function teamRecord(row: TeamRow): TeamRecord {
  return {
    id: row.id,
    roomId: row.room_id,
    name: row.name,
    rejoinCode: row.rejoin_code,
    joinedAt: row.joined_at,
    lastSeenAt: row.last_seen_at,
  };
}

function resultRecord(row: ResultRow): ResultRecord {
  return {
    teamId: row.team_id,
    resultCode: row.result_code,
    score: row.score,
    fired: row.fired,
    verifiedAt: row.verified_at,
  };
}

/**
 * JSON text for a jsonb parameter (cast with ::jsonb in the SQL). Both drivers pass a string
 * through as the value's text; given an object or array, pg would write an array as a Postgres
 * array, so values are always stringified here.
 */
function jsonText(value: unknown): string {
  const text = JSON.stringify(value);
  // JSON.stringify gives undefined for undefined and functions: not something to keep.
  if (text === undefined) throw new TypeError('not a JSON value');
  return text;
}

// The columns RoomPatch may set, and their SQL names.
const PATCH_COLUMNS: Readonly<Record<keyof RoomPatch, string>> = {
  closedAt: 'closed_at',
  holdAfterQuarter: 'hold_after_quarter',
  countdownEndsAt: 'countdown_ends_at',
  message: 'message',
  messageAt: 'message_at',
};

async function findRoom(q: Queryable, id: string): Promise<RoomRecord | null> {
  const [row] = await q.query<RoomRow>('SELECT * FROM rooms WHERE id = $1', [id]);
  return row ? roomRecord(row) : null;
}

export function roomStorage(db: Database): RoomStorage {
  return {
    async createRoom(room) {
      // ON CONFLICT DO NOTHING rather than catching the error: nothing to roll back, and the
      // taken id is an ordinary answer (a clash of random codes), not a failure.
      const [row] = await db.query<RoomRow>(
        `INSERT INTO rooms (id, name, facilitator_key_hash, scenario_id, scenario_text, seed, difficulty)
         VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)
         ON CONFLICT (id) DO NOTHING
         RETURNING *`,
        [
          room.id,
          room.name,
          room.facilitatorKeyHash,
          room.scenarioId,
          room.scenarioText,
          room.seed,
          jsonText(room.difficulty),
        ],
      );
      return row ? roomRecord(row) : 'id-taken';
    },

    room: (id) => findRoom(db, id),

    async updateRoom(id, patch) {
      const sets: string[] = [];
      const params: unknown[] = [id];
      for (const [field, column] of Object.entries(PATCH_COLUMNS)) {
        // Only the fields present: an absent field is left as it is, null clears it.
        if (!Object.hasOwn(patch, field)) continue;
        const value = patch[field as keyof RoomPatch];
        if (value === undefined) continue;
        params.push(value);
        sets.push(`${column} = $${params.length}`);
      }
      if (sets.length === 0) return findRoom(db, id);
      const [row] = await db.query<RoomRow>(
        `UPDATE rooms SET ${sets.join(', ')} WHERE id = $1 RETURNING *`,
        params,
      );
      return row ? roomRecord(row) : null;
    },

    async addTeam(team) {
      try {
        const [row] = await db.query<TeamRow>(
          `INSERT INTO teams (id, room_id, name, name_key, rejoin_code)
           VALUES ($1, $2, $3, $4, $5)
           RETURNING ${TEAM_COLUMNS}`,
          [team.id, team.roomId, team.name, team.nameKey, team.rejoinCode],
        );
        if (!row) throw new Error('INSERT ... RETURNING gave no row');
        return teamRecord(row);
      } catch (error) {
        if (sqlState(error) !== UNIQUE_VIOLATION) throw error;
        // Which one: looking again does not depend on each driver naming the constraint in its
        // error, and says what a team in the room really holds.
        const [taken] = await db.query<{ name_taken: boolean; code_taken: boolean }>(
          `SELECT bool_or(name_key = $2) AS name_taken, bool_or(rejoin_code = $3) AS code_taken
           FROM teams WHERE room_id = $1`,
          [team.roomId, team.nameKey, team.rejoinCode],
        );
        if (taken?.name_taken) return 'name-taken';
        if (taken?.code_taken) return 'code-taken';
        throw error; // The team id itself was taken: the caller's ids are meant to be unique.
      }
    },

    async team(id) {
      const [row] = await db.query<TeamRow>(`SELECT ${TEAM_COLUMNS} FROM teams WHERE id = $1`, [
        id,
      ]);
      return row ? teamRecord(row) : null;
    },

    async teamByRejoinCode(roomId, rejoinCode) {
      const [row] = await db.query<TeamRow>(
        `SELECT ${TEAM_COLUMNS} FROM teams WHERE room_id = $1 AND rejoin_code = $2`,
        [roomId, rejoinCode],
      );
      return row ? teamRecord(row) : null;
    },

    async teams(roomId) {
      const rows = await db.query<TeamRow>(
        `SELECT ${TEAM_COLUMNS} FROM teams WHERE room_id = $1 ORDER BY join_order`,
        [roomId],
      );
      return rows.map(teamRecord);
    },

    async touchTeam(id, at) {
      await db.query('UPDATE teams SET last_seen_at = $2 WHERE id = $1', [id, at]);
    },

    async appendDecisions(teamId, from, actions) {
      if (!Number.isInteger(from) || from < 0) throw new RangeError(`bad seq ${from}`);
      try {
        return await db.transaction(async (tx) => {
          const [team] = await tx.query<{ next: number }>(
            `SELECT coalesce((SELECT max(seq) + 1 FROM decisions WHERE team_id = $1), 0) AS next
             FROM teams WHERE id = $1`,
            [teamId],
          );
          if (!team) throw new Error(`no team ${teamId}`);
          if (from > team.next) return 'gap';
          if (from < team.next) return 'conflict';
          if (actions.length === 0) return 'ok';
          // One statement for the batch: the actions as one jsonb array, numbered from `from`.
          await tx.query(
            `INSERT INTO decisions (team_id, seq, action)
             SELECT $1, $2::integer + (item.n - 1)::integer, item.action
             FROM jsonb_array_elements($3::jsonb) WITH ORDINALITY AS item(action, n)`,
            [teamId, from, jsonText(actions)],
          );
          return 'ok';
        });
      } catch (error) {
        // Two writers read the same count on a PostgreSQL server; the second one's insert
        // waits for the first to commit and then hits the primary key (PGlite runs transactions
        // one at a time, so there the second simply reads the new count).
        if (sqlState(error) === UNIQUE_VIOLATION) return 'conflict';
        throw error;
      }
    },

    async decisions(teamId) {
      const rows = await db.query<{ action: unknown }>(
        'SELECT action FROM decisions WHERE team_id = $1 ORDER BY seq',
        [teamId],
      );
      return rows.map((row) => row.action);
    },

    async decisionCounts(roomId) {
      const rows = await db.query<{ id: string; count: number }>(
        `SELECT teams.id, count(decisions.seq)::integer AS count
         FROM teams LEFT JOIN decisions ON decisions.team_id = teams.id
         WHERE teams.room_id = $1
         GROUP BY teams.id`,
        [roomId],
      );
      return new Map(rows.map((row) => [row.id, row.count]));
    },

    async saveResult(result) {
      await db.query(
        `INSERT INTO results (team_id, result_code, score, fired) VALUES ($1, $2, $3, $4)
         ON CONFLICT (team_id) DO UPDATE SET result_code = excluded.result_code,
           score = excluded.score, fired = excluded.fired, verified_at = now()`,
        [result.teamId, result.resultCode, result.score, result.fired],
      );
    },

    async results(roomId) {
      const rows = await db.query<ResultRow>(
        `SELECT results.* FROM results JOIN teams ON teams.id = results.team_id
         WHERE teams.room_id = $1 ORDER BY teams.join_order`,
        [roomId],
      );
      return rows.map(resultRecord);
    },

    close: () => db.close(),
  };
}

/** Opens the database (a PGlite folder or a PostgreSQL URL), applies the migrations, and wraps it. */
export async function openRoomStorage(options: DatabaseOptions): Promise<RoomStorage> {
  const db = await openDatabase(options);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return roomStorage(db);
}
