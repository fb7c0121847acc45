/** pg-boss speaks to PGlite through its `db.executeSql` hook: parameterised statements as queries, the rest as scripts. */
import type { PGlite } from '@electric-sql/pglite';

export function pgBossOnPglite(pglite: PGlite) {
  return {
    async executeSql(text: string, values: unknown[]) {
      if (values && values.length > 0) return pglite.query(text, values);
      const results = await pglite.exec(text);
      return { rows: results.at(-1)?.rows ?? [] };
    },
  };
}
