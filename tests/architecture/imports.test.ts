// The code's layers hold: no module imports itself back through others (no import cycle, type
// imports included), the store imports nothing from src/ui or src/game, the engine stays below
// everything, and the room server (src/room, Node only) is imported only by itself and the
// tools in src/cli, and imports only the engine and the workshop. Reads the source files' import
// lines; imports nothing of the game.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const FROM =
  /(?:^|\n)\s*(?:import|export)\s[^;]*?\sfrom\s+'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g;

/** Each source file's relative imports, resolved to files (src-relative paths). */
function importGraph(): Map<string, string[]> {
  const files = sourceFiles(SRC);
  const known = new Set(files.map((f) => relative(SRC, f)));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const targets: string[] = [];
    for (const match of text.matchAll(FROM)) {
      const spec = (match[1] ?? match[2])!;
      const base = relative(SRC, resolve(dirname(file), spec));
      const target = [`${base}.ts`, `${base}/index.ts`, base].find((c) => known.has(c));
      if (target) targets.push(target);
    }
    graph.set(relative(SRC, file), targets);
  }
  return graph;
}

function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return found;
}

describe('the import graph', () => {
  const graph = importGraph();

  it('reads the imports it should (a sanity check of the reader)', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('main.ts')).toContain('store/app-store.ts');
  });

  it('has no cycle', () => {
    expect(cycles(graph).map((c) => c.join(' → '))).toEqual([]);
  });

  it('keeps the store below the panels and the scenes', () => {
    const upward = [...graph]
      .filter(([file]) => file.startsWith('store/'))
      .flatMap(([file, targets]) =>
        targets.filter((t) => /^(ui|game)\//.test(t)).map((t) => `${file} → ${t}`),
      );
    expect(upward).toEqual([]);
  });

  it('keeps the room server (Node only, a database) out of everything but itself and the tools', () => {
    const intoRoom = [...graph]
      .filter(([file]) => !/^(room|cli)\//.test(file))
      .flatMap(([file, targets]) =>
        targets.filter((t) => t.startsWith('room/')).map((t) => `${file} → ${t}`),
      );
    expect(intoRoom).toEqual([]);
  });

  it('keeps the room server on the engine and the workshop, below the game', () => {
    const allowed = /^(room|engine|workshop)\//;
    const outward = [...graph]
      .filter(([file]) => file.startsWith('room/'))
      .flatMap(([file, targets]) =>
        targets.filter((t) => !allowed.test(t)).map((t) => `${file} → ${t}`),
      );
    expect(outward).toEqual([]);
  });
});
