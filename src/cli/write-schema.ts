// npm run schema: writes scenarios/schema.json from the valibot schema, so editors can validate
// and autocomplete scenario files. A test checks the committed file is up to date.
// Imports node:fs and the schema.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scenarioJsonSchema } from '../scenario/json-schema';
import { SCENARIO_DIR } from './scenario-files';

const path = join(SCENARIO_DIR, 'schema.json');
writeFileSync(path, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
console.log(`wrote ${path}`);
