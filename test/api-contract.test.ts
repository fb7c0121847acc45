/** The web's API types are generated from the server's OpenAPI document; this fails when the committed file is stale. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDocument, GENERATED_FILE, renderApiTypes } from '../scripts/api-types.ts';

describe('API contract', () => {
  const fresh = renderApiTypes(buildDocument());

  it(`${GENERATED_FILE} matches the routes' schemas`, () => {
    const committed = readFileSync(new URL(`../${GENERATED_FILE}`, import.meta.url), 'utf8');
    expect(committed === fresh, `${GENERATED_FILE} is stale: run \`npm run api:generate\` and commit the result`).toBe(true);
  });

  it('names the shapes the web uses and types every path', () => {
    const doc = buildDocument();
    expect(Object.keys(doc.components?.schemas ?? {})).toEqual(expect.arrayContaining(['Account', 'Stakeholder', 'Touchpoint', 'Problem']));
    for (const path of Object.keys(doc.paths ?? {})) expect(fresh).toContain(`'${path}': {`);
  });
});
