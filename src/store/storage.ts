// Where saves and settings are kept: the browser's localStorage when it works, memory when it
// does not (private mode, a full disk, a blocked origin), so the game always plays and can say
// whether saving is on. Injected at the composition root; tests pass the memory one.

export interface KeyValueStorage {
  /** False when writes cannot outlive the page (memory fallback). */
  readonly persistent: boolean;
  read(key: string): string | null;
  /** Returns false when the write failed (quota, storage switched off meanwhile). */
  write(key: string, value: string): boolean;
  remove(key: string): void;
}

export function memoryStorage(): KeyValueStorage {
  const values = new Map<string, string>();
  return {
    persistent: false,
    read: (key) => values.get(key) ?? null,
    write(key, value) {
      values.set(key, value);
      return true;
    },
    remove: (key) => void values.delete(key),
  };
}

/** localStorage behind a probe; falls back to memory when it throws or does not keep a value. */
export function browserStorage(source: () => Storage | undefined): KeyValueStorage {
  let storage: Storage | undefined;
  try {
    storage = source();
    const probe = 'power-core/probe';
    storage?.setItem(probe, '1');
    if (storage?.getItem(probe) !== '1') storage = undefined;
    storage?.removeItem(probe);
  } catch {
    storage = undefined;
  }
  if (!storage) return memoryStorage();
  const fallback = memoryStorage();
  const local = storage;
  return {
    persistent: true,
    read(key) {
      try {
        return local.getItem(key) ?? fallback.read(key);
      } catch {
        return fallback.read(key);
      }
    },
    write(key, value) {
      try {
        local.setItem(key, value);
        return true;
      } catch {
        fallback.write(key, value);
        return false;
      }
    },
    remove(key) {
      try {
        local.removeItem(key);
      } catch {
        // Nothing to do: the value was never kept there.
      }
      fallback.remove(key);
    },
  };
}
