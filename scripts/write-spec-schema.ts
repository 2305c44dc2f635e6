// Writes schemas/spec.schema.json from the zod schema spec.json is built with (npm run schema).
import { writeFileSync } from 'node:fs';
import { specJsonSchema } from '../src/core/export/specJson.ts';

writeFileSync(new URL('../schemas/spec.schema.json', import.meta.url), `${JSON.stringify(specJsonSchema(), null, 2)}\n`);
