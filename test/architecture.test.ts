/**
 * Boundaries that check themselves: the rules in test/helpers/architecture.ts run over every file
 * under src/, and each rule is shown to fail on a small in-memory project that breaks it.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  buildProject,
  formatViolations,
  parseFile,
  RULES,
  readSources,
  type SourceFile,
  stripComments,
  type Violation,
} from './helpers/architecture.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const rule = (id: string) => {
  const found = RULES.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};
const check = (id: string, files: Record<string, string>): Violation[] =>
  rule(id).check(buildProject(Object.entries(files).map(([path, text]): SourceFile => ({ path, text }))));
const where = (violations: Violation[]) => violations.map((v) => `${v.file}:${v.line}`);

describe('the code keeps its boundaries', () => {
  const project = buildProject(readSources(root, 'src'));

  it('reads the whole of src/, and every module has its door', () => {
    expect(project.files.length).toBeGreaterThan(200);
    const modules = readdirSync(`${root}src/modules`, { withFileTypes: true }).filter((d) => d.isDirectory());
    const doorless = modules.filter((d) => !existsSync(`${root}src/modules/${d.name}/index.ts`)).map((d) => d.name);
    expect(doorless, `modules without index.ts: ${doorless.join(', ')}`).toEqual([]);
  });

  for (const { id, title, check: run } of RULES) {
    it(`${title} [${id}]`, () => {
      const violations = run(project);
      expect(violations, `${violations.length} violation(s) of ${id}:\n${formatViolations(violations)}\n`).toEqual([]);
    });
  }
});

describe('each rule fails when broken', () => {
  it('domain-is-pure: database, HTTP, file and service imports, clock reads, and impurity reached through a helper', () => {
    const violations = check('domain-is-pure', {
      'src/modules/health/domain/score.ts': [
        "import { readFileSync } from 'node:fs';",
        "import { sql } from 'drizzle-orm';",
        "import type { Deps } from '../../../deps.ts';",
        "import { listAccounts } from '../health.repository.ts';",
        "import { stamp } from '../../../lib/stamp.ts';",
        "import { addDays } from '../../../lib/dates.ts';",
        'export const today = () => new Date();',
        'export const at = (asOf: string) => new Date(asOf);',
        'export const later = () => Date.now() + 1;',
      ].join('\n'),
      'src/lib/stamp.ts': "import { recordAudit } from '../modules/system/audit.repository.ts';\nexport const stamp = recordAudit;",
      'src/lib/dates.ts': 'export const addDays = (d: string, n: number) => d;',
      'src/domain/vocabulary.ts': "import { Hono } from 'hono';\nexport const TIERS = ['a'] as const;",
    });
    expect(where(violations)).toEqual([
      'src/domain/vocabulary.ts:1',
      'src/modules/health/domain/score.ts:1',
      'src/modules/health/domain/score.ts:2',
      'src/modules/health/domain/score.ts:3',
      'src/modules/health/domain/score.ts:4',
      'src/modules/health/domain/score.ts:5',
      'src/modules/health/domain/score.ts:7',
      'src/modules/health/domain/score.ts:9',
    ]);
    expect(violations.find((v) => v.line === 5)?.message).toContain('src/modules/system/audit.repository.ts');
  });

  it('domain-is-pure: pure code passes, and tests beside it may read fixtures', () => {
    expect(
      check('domain-is-pure', {
        'src/modules/health/domain/score.ts':
          "import { z } from 'zod';\nimport { TIERS } from '../../../domain/vocabulary.ts';\n// new Date() in a comment\nexport const at = (asOf: string) => new Date(asOf);",
        'src/modules/health/domain/score.test.ts': "import { readFileSync } from 'node:fs';\nconst now = Date.now();",
        'src/domain/vocabulary.ts': 'export const TIERS = [] as const;',
      }),
    ).toEqual([]);
  });

  it('modules-through-index: a deliberately wrong import into another module fails; the door and its own files pass', () => {
    const violations = check('modules-through-index', {
      'src/modules/health/health.service.ts': [
        "import { listAccounts } from '../accounts/accounts.repository.ts';",
        "import { getAccount } from '../accounts/index.ts';",
        "import { score } from './domain/score.ts';",
      ].join('\n'),
      'src/jobs/queue.ts': "import { refresh } from '../modules/health/health.service.ts';",
      'src/modules/accounts/index.ts': "export { getAccount } from './accounts.service.ts';",
    });
    expect(where(violations)).toEqual(['src/jobs/queue.ts:1', 'src/modules/health/health.service.ts:1']);
    expect(violations[1].message).toBe(
      'imports src/modules/accounts/accounts.repository.ts; import from src/modules/accounts/index.ts instead',
    );
  });

  it('sql-in-repositories: Drizzle, the schema and raw SQL outside repositories fail; type imports of Db pass', () => {
    const violations = check('sql-in-repositories', {
      'src/modules/usage/usage.service.ts': [
        "import { sql } from 'drizzle-orm';",
        "import type { Db } from '../../db/client.ts';",
        "import { usageEvents } from '../../db/schema.ts';",
        'export const count = (db: Db) => db.execute(sql`select 1`);',
        "export const raw = (client: { query(t: string): void }) => client.query('select 1');",
        'export const page = (c: { req: { query(k: string): string } }) => c.req.query("cursor");',
      ].join('\n'),
      'src/modules/usage/usage.repository.ts': "import { sql } from 'drizzle-orm';\nexport const q = sql`select 1`;",
      'src/db/query.ts': "import type { SQL } from 'drizzle-orm';",
    });
    expect(where(violations)).toEqual([
      'src/modules/usage/usage.service.ts:1',
      'src/modules/usage/usage.service.ts:3',
      'src/modules/usage/usage.service.ts:4',
      'src/modules/usage/usage.service.ts:4',
      'src/modules/usage/usage.service.ts:5',
    ]);
  });

  it('edges-call-services: routes, jobs and boot reaching a repository, directly or through a module door, fail', () => {
    const violations = check('edges-call-services', {
      'src/modules/milestones/milestones.routes.ts': [
        "import { insertMilestone } from './milestones.repository.ts';",
        "import type { MilestoneRow } from './milestones.repository.ts';",
        "import { createMilestone } from './milestones.service.ts';",
      ].join('\n'),
      'src/modules/milestones/milestones.repository.ts': 'export async function insertMilestone() {}\nexport type MilestoneRow = {};',
      'src/modules/milestones/milestones.service.ts': 'export async function createMilestone() {}',
      'src/modules/system/index.ts':
        "export { findSetting } from './settings.repository.ts';\nexport { readSetting } from './system.service.ts';",
      'src/modules/system/settings.repository.ts': 'export async function findSetting() {}',
      'src/modules/system/system.service.ts': 'export function readSetting() {}',
      'src/boot.ts': "import { findSetting, readSetting } from './modules/system/index.ts';",
      'src/modules/health/health.service.ts': "import { findSetting } from '../system/index.ts';",
    });
    expect(where(violations)).toEqual(['src/boot.ts:1', 'src/modules/milestones/milestones.routes.ts:1']);
    expect(violations[0].message).toContain('findSetting from the repository src/modules/system/settings.repository.ts');
  });

  it('clock-through-deps: clock reads anywhere but src/lib/clock.ts fail; dates built from values pass', () => {
    const violations = check('clock-through-deps', {
      'src/modules/renewals/renewals.service.ts': [
        'export const a = () => new Date();',
        'export const b = (deps: { now(): Date }) => deps.now();',
        'export const c = (at: string) => new Date(at);',
        'export const d = () => Date.now();',
        'const s = "new Date() in a string is only text";',
        'export const e = () => performance.now();',
      ].join('\n'),
      'src/jobs/queue.ts': 'const started = Date.now();',
      'src/lib/clock.ts': 'export const systemClock = () => new Date();',
    });
    // A string is code to this scanner: the rule errs on the side of reporting.
    expect(where(violations)).toEqual([
      'src/jobs/queue.ts:1',
      'src/modules/renewals/renewals.service.ts:1',
      'src/modules/renewals/renewals.service.ts:4',
      'src/modules/renewals/renewals.service.ts:5',
      'src/modules/renewals/renewals.service.ts:6',
    ]);
  });

  it('env-in-config: process.env outside src/config.ts fails', () => {
    const violations = check('env-in-config', {
      'src/cli/main.ts': "if (process.env.LOG_LEVEL === 'debug') console.error('x');",
      'src/config.ts': 'export const readConfig = (env = process.env) => env;',
    });
    expect(where(violations)).toEqual(['src/cli/main.ts:1']);
  });

  it('errors-from-lib: AppError from http/problem.ts fails, and so does any module importing it', () => {
    const violations = check('errors-from-lib', {
      'src/lib/errors.ts': 'export class AppError extends Error {}\nexport const notFound = () => new AppError();',
      'src/http/problem.ts': "import { AppError } from '../lib/errors.ts';\nexport function problemResponse() {}",
      'src/modules/plays/plays.service.ts': "import { AppError, notFound } from '../../http/problem.ts';",
      'src/modules/plays/plays.helpers.ts': "import { problemResponse } from '../../http/problem.ts';",
      'src/app.ts': "import { problemResponse } from './http/problem.ts';",
    });
    expect(where(violations)).toEqual(['src/modules/plays/plays.helpers.ts:1', 'src/modules/plays/plays.service.ts:1']);
    expect(violations[1].message).toBe('imports AppError, notFound from src/http/problem.ts; import from src/lib/errors.ts');
  });
});

describe('the scanner', () => {
  it('blanks comments but keeps strings, templates and regular expressions, line for line', () => {
    const text =
      "const a = '// not a comment'; // a comment\n/* block\n new Date() */ const re = /\\/\\*/g;\nconst t = `$" + '{a /* inner */}`;';
    const code = stripComments(text);
    expect(code.split('\n')).toHaveLength(text.split('\n').length);
    expect(code).toContain("'// not a comment'");
    expect(code).not.toContain('a comment\n');
    expect(code).not.toContain('new Date()');
    expect(code).toContain('/\\/\\*/g');
    expect(code).not.toContain('inner');
  });

  it('reads multi-line, type-only, namespace, re-export, side-effect and dynamic imports with their lines', () => {
    const file = parseFile({
      path: 'src/modules/a/a.service.ts',
      text: [
        'import {',
        '  type A,',
        '  b as c,',
        "} from './a.repository.ts';",
        "import type { D } from '../b/index.ts';",
        "import * as repo from './a.repository.ts';",
        "export { e } from './e.ts';",
        "import './side.ts';",
        "const m = await import('node:fs');",
        "const words = 'bulk import', other = 'x';",
      ].join('\n'),
    });
    expect(file.imports.map((s) => [s.line, s.kind, s.target ?? s.pkg, s.typeOnly])).toEqual([
      [1, 'import', 'src/modules/a/a.repository.ts', false],
      [5, 'import', 'src/modules/b/index.ts', true],
      [6, 'import', 'src/modules/a/a.repository.ts', false],
      [7, 'export', 'src/modules/a/e.ts', false],
      [8, 'side-effect', 'src/modules/a/side.ts', false],
      [9, 'dynamic', 'node:fs', false],
    ]);
    expect(file.imports[0].names).toEqual([
      { imported: 'A', local: 'A', typeOnly: true },
      { imported: 'b', local: 'c', typeOnly: false },
    ]);
  });
});
