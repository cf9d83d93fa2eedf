// The addresses other computers on the room's network reach this one at, for the tools that
// serve the game to a room (npm run serve, npm run room). Node only: imports node:os.

import { networkInterfaces } from 'node:os';

/** Every IPv4 address of this computer that other computers can reach (no loopback). */
export function lanAddresses(): { address: string; name: string }[] {
  const found: { address: string; name: string }[] = [];
  for (const [name, entries] of Object.entries(networkInterfaces())) {
    for (const entry of entries ?? []) {
      if (entry.family !== 'IPv4' || entry.internal) continue;
      found.push({ address: entry.address, name });
    }
  }
  return found;
}

/** Every reachable address as the game's address on `port`, with its interface's name. */
export function roomAddresses(port: number): string[] {
  return lanAddresses().map(({ address, name }) => `http://${address}:${port}/  (${name})`);
}
