/** `npm run api:generate`: writes the web's API types from the server's OpenAPI document. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildDocument, GENERATED_FILE, renderApiTypes } from './api-types.ts';

const target = fileURLToPath(new URL(`../${GENERATED_FILE}`, import.meta.url));
writeFileSync(target, renderApiTypes(buildDocument()));
console.log(`wrote ${GENERATED_FILE}`);
