// The facilitator's leaderboard kept on this computer: the codes and result files as they were
// given (each is verified again by replay when read back), so a reload, a closed tab or a laptop
// that slept does not cost the room its results. Unreadable parts are skipped, never fatal.

import type { KeyValueStorage } from './storage';

export const BOARD_KEY = 'power-core/leaderboard';
const BOARD_FORMAT = 'power-core-leaderboard/1';

/** A result as the facilitator gave it: where it came from, and its code or file text. */
export interface BoardItem {
  readonly label: string;
  readonly text: string;
}

/** The results kept from an earlier visit (none when nothing, or nothing readable, is kept). */
export function readBoard(storage: KeyValueStorage): BoardItem[] {
  const raw = storage.read(BOARD_KEY);
  if (raw === null) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return [];
  }
  if (typeof parsed !== 'object' || parsed === null) return [];
  const { format, items } = parsed as { format?: unknown; items?: unknown };
  if (format !== BOARD_FORMAT || !Array.isArray(items)) return [];
  return items.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { label, text } = item as { label?: unknown; text?: unknown };
    return typeof label === 'string' && typeof text === 'string' ? [{ label, text }] : [];
  });
}

/** Keeps the results; false when the storage could not keep them (full, or saving is off). */
export function writeBoard(storage: KeyValueStorage, items: readonly BoardItem[]): boolean {
  if (items.length === 0) {
    storage.remove(BOARD_KEY);
    return true;
  }
  const kept = storage.write(
    BOARD_KEY,
    JSON.stringify({
      format: BOARD_FORMAT,
      items: items.map(({ label, text }) => ({ label, text })),
    }),
  );
  return kept && storage.persistent;
}
