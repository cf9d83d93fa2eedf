// For tests of two windows of the game on one computer (the same game in two tabs, the
// leaderboard open twice).

import type { KeyValueStorage } from '../../src/store/storage';
import type { PageDeps } from '../ui/harness';

/**
 * localStorage as the windows of one browser share it: what one writes the others read, and the
 * others (not the writer) hear of it, as the browser's `storage` event tells them.
 */
export function sharedStorage() {
  const values = new Map<string, string>();
  const listeners = new Map<number, (key: string | null) => void>();
  let failNext = false;
  let writes = 0;
  function window(id: number, hears = true): { storage: KeyValueStorage; page: PageDeps } {
    const tell = (key: string) => {
      for (const [other, changed] of listeners) if (other !== id) changed(key);
    };
    const storage: KeyValueStorage = {
      persistent: true,
      read: (key) => values.get(key) ?? null,
      write(key, value) {
        if (failNext) {
          failNext = false;
          return false;
        }
        values.set(key, value);
        writes += 1;
        tell(key);
        return true;
      },
      remove(key) {
        values.delete(key);
        tell(key);
      },
    };
    const page: PageDeps = hears
      ? {
          watchStorage(changed) {
            listeners.set(id, changed);
            return () => listeners.delete(id);
          },
        }
      : {};
    return { storage, page };
  }
  return {
    window,
    /** How many writes the windows have made so far. */
    writes: () => writes,
    /** What is stored under `key` now. */
    read: (key: string) => values.get(key) ?? null,
    failNextWrite: () => void (failNext = true),
  };
}
