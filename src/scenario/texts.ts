// The texts of a checked scenario file, found by walking the loader's own schema (so no field is
// missed and no number or id is mistaken for a text): the build keeps one language of each
// built-in, and a test requires every built-in text in every language. Imports the schema only.

import { textSchema } from './schema';
import type { Text } from '../engine';

/** The parts of a valibot schema the walk follows. */
interface SchemaNode {
  readonly type?: string;
  readonly entries?: Record<string, SchemaNode>;
  readonly item?: SchemaNode;
  readonly value?: SchemaNode;
  readonly wrapped?: SchemaNode;
  readonly options?: readonly SchemaNode[];
}

/** Where a text is in the file (`silos[2].leader.bio`) and the text itself. */
export type TextVisitor = (text: Text, path: string) => Text;

function walk(schema: SchemaNode, data: unknown, path: string, visit: TextVisitor): unknown {
  if (data === undefined || data === null) return data;
  if (schema === (textSchema as unknown as SchemaNode)) return visit(data as Text, path);
  if (schema.wrapped) return walk(schema.wrapped, data, path, visit);
  if (schema.entries && typeof data === 'object' && !Array.isArray(data)) {
    const record = data as Record<string, unknown>;
    let out: Record<string, unknown> | null = null;
    for (const [key, entry] of Object.entries(schema.entries)) {
      if (!(key in record)) continue;
      const changed = walk(entry, record[key], path ? `${path}.${key}` : key, visit);
      if (changed !== record[key]) (out ??= { ...record })[key] = changed;
    }
    return out ?? data;
  }
  if (schema.item && Array.isArray(data)) {
    const out = data.map((element, i) => walk(schema.item!, element, `${path}[${i}]`, visit));
    return out.some((element, i) => element !== data[i]) ? out : data;
  }
  if (schema.type === 'record' && schema.value && typeof data === 'object') {
    const value = schema.value;
    const entries = Object.entries(data as object);
    const out = entries.map(([key, element]) => walk(value, element, `${path}.${key}`, visit));
    return out.some((element, i) => element !== entries[i]![1])
      ? Object.fromEntries(entries.map(([key], i) => [key, out[i]]))
      : data;
  }
  // A union (e.g. an initiative given in full or by id): the first option that finds a text
  // changes the data; options that do not fit it return it as it was (the same object).
  for (const option of schema.options ?? []) {
    const changed = walk(option, data, path, visit);
    if (changed !== data) return changed;
  }
  return data;
}

/**
 * `data` (checked against `schema`) with every text replaced by what `visit` gives: parts with
 * no changed text are the same objects, changed ones are copies; `data` itself is not changed.
 */
export function mapTexts<T>(schema: unknown, data: T, visit: TextVisitor): T {
  return walk(schema as SchemaNode, data, '', visit) as T;
}

/** The text in one language, as the game would show it there (then English, then the first). */
export function textIn(text: Text, lang: string): Text {
  if (typeof text === 'string') return text;
  const chosen = lang in text ? lang : 'en' in text ? 'en' : Object.keys(text)[0];
  return chosen === undefined ? text : { [chosen]: text[chosen]! };
}
