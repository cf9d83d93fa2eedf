// Every field name the scenario format knows, gathered once from the schema, for "did you mean"
// suggestions when a file has a misspelt field. Imports the schema only.

import { scenarioFileSchema } from './schema';

let names: string[] | undefined;

interface SchemaLike {
  type?: string;
  entries?: Record<string, unknown>;
  wrapped?: unknown;
  item?: unknown;
  options?: unknown[];
  pipe?: unknown[];
  value?: unknown;
}

export function fieldNames(): string[] {
  if (names) return names;
  const found = new Set<string>();
  const seen = new Set<unknown>();
  const stack: unknown[] = [scenarioFileSchema];
  while (stack.length > 0) {
    const schema = stack.pop() as SchemaLike | undefined;
    if (!schema || typeof schema !== 'object' || seen.has(schema)) continue;
    seen.add(schema);
    if (schema.entries) {
      for (const [key, child] of Object.entries(schema.entries)) {
        found.add(key);
        stack.push(child);
      }
    }
    if (schema.pipe) stack.push(...schema.pipe);
    if (Array.isArray(schema.options)) stack.push(...schema.options);
    stack.push(schema.wrapped, schema.item, schema.value);
  }
  names = [...found].sort();
  return names;
}
