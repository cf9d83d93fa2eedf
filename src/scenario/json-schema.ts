// The scenario format as JSON Schema (draft-07), generated from the valibot schema. Checks that
// JSON Schema cannot express (cross-references, weights adding up to 1) are left to the loader.
// Imports the valibot converter and the schema.

import { toJsonSchema } from '@valibot/to-json-schema';
import { scenarioFileSchema, SCENARIO_FORMAT } from './schema';

export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(scenarioFileSchema, { errorMode: 'ignore' }) as Record<
    string,
    unknown
  >;
  return {
    ...schema,
    $id: 'https://power-core.example/scenarios/schema.json',
    title: 'Power Core scenario',
    description: `A scenario for Power Core (${SCENARIO_FORMAT}). See scenarios/README.md for the authoring guide.`,
  };
}
