/**
 * The code's boundaries as data, checked by test/architecture.test.ts. Files are read as text and
 * their imports parsed with a small scanner (comments blanked, strings, templates and regular
 * expressions kept apart), so the check needs no compiler API and runs in milliseconds.
 *
 * Every rule is generic over paths: a new module under src/modules/<name>/ is checked the moment it
 * exists. A rule returns every offending file:line; none of them has an exception list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';

export type SourceFile = { path: string; text: string };
export type Violation = { file: string; line: number; message: string };

export type ImportedName = { imported: string; local: string; typeOnly: boolean };
export type ImportStatement = {
  kind: 'import' | 'export' | 'dynamic' | 'side-effect';
  specifier: string;
  /** Repository-relative path for a relative specifier; undefined for a package. */
  target: string | undefined;
  /** Package name (`drizzle-orm`, `@hono/zod-openapi`, `node:fs`) for a bare specifier. */
  pkg: string | undefined;
  typeOnly: boolean;
  names: ImportedName[];
  namespace: boolean;
  line: number;
};

export type ParsedFile = SourceFile & { code: string; imports: ImportStatement[]; lineAt: (index: number) => number };

// ---------------------------------------------------------------------------------------------
// Where things are: the layers, by path.
// ---------------------------------------------------------------------------------------------

/** Test code may reach anywhere to set things up; the rules guard what ships. */
export const isTestFile = (p: string) => /\.test\.tsx?$/.test(p) || /\.test-support\.tsx?$/.test(p);
/** Pure code: src/domain/ and every domain/ folder inside a module, at any depth. */
export const isDomain = (p: string) => p.startsWith('src/domain/') || /^src\/modules\/[^/]+\/(?:.+\/)?domain\//.test(p);
export const isRepository = (p: string) => /\.repository\.tsx?$/.test(p);
export const isDbLayer = (p: string) => p.startsWith('src/db/');
export const moduleOf = (p: string) => /^src\/modules\/([^/]+)\//.exec(p)?.[1];
export const moduleDoor = (name: string) => `src/modules/${name}/index.ts`;
/** Edges turn HTTP requests, jobs and commands into service calls; they hold no queries. */
export const isEdge = (p: string) =>
  /\.routes\.tsx?$/.test(p) ||
  p.startsWith('src/jobs/') ||
  p.startsWith('src/cli/') ||
  p.startsWith('src/http/') ||
  p === 'src/boot.ts' ||
  p === 'src/app.ts';

/** The one file that reads process.env. */
export const CONFIG_FILE = 'src/config.ts';
/** The one file that reads the system clock: the real `deps.now` and the stopwatch live there. */
export const CLOCK_FILE = 'src/lib/clock.ts';
/** Where AppError and its helpers are defined, and the HTTP mapping that must not be their source. */
export const ERRORS_FILE = 'src/lib/errors.ts';
export const PROBLEM_FILE = 'src/http/problem.ts';

/** Packages that talk to a database, the network or the HTTP stack. */
const IO_PACKAGES = [
  'drizzle-orm',
  'pg',
  'pg-boss',
  'pg-copy-streams',
  '@electric-sql/pglite',
  'hono',
  '@hono/node-server',
  '@hono/zod-openapi',
  'nodemailer',
  'rate-limiter-flexible',
  'swagger-ui-dist',
];
/** Node built-ins that reach files, processes, sockets or the machine. */
const IO_BUILTINS = [
  'fs',
  'fs/promises',
  'net',
  'tls',
  'dgram',
  'dns',
  'http',
  'https',
  'http2',
  'child_process',
  'cluster',
  'worker_threads',
  'os',
  'process',
  'readline',
  'stream/promises',
];
/** Packages and files through which code reaches SQL. */
const SQL_PACKAGES = ['drizzle-orm', 'pg', 'pg-copy-streams', '@electric-sql/pglite'];
const SQL_FILES = ['src/db/schema.ts', 'src/db/query.ts'];

const isIoPackage = (pkg: string) => IO_PACKAGES.includes(pkg) || IO_BUILTINS.includes(pkg.replace(/^node:/, ''));
/** Local code a domain file may never import (even for types): the impure layers. */
const isImpureLayer = (p: string) =>
  isDbLayer(p) ||
  isEdge(p) ||
  isRepository(p) ||
  /\.service\.tsx?$/.test(p) ||
  p === CONFIG_FILE ||
  p === 'src/deps.ts' ||
  p === CLOCK_FILE;

type Pattern = { re: RegExp; what: string };
const CLOCK_READS: Pattern[] = [
  { re: /\bnew\s+Date\s*\(\s*\)/g, what: '`new Date()` reads the clock' },
  { re: /\bnew\s+Date\b(?!\s*\()/g, what: '`new Date` reads the clock' },
  { re: /\bDate\s*\.\s*now\s*\(/g, what: '`Date.now()` reads the clock' },
  { re: /\bperformance\s*\.\s*now\s*\(/g, what: '`performance.now()` reads the clock' },
];
const RANDOMNESS: Pattern[] = [{ re: /\bMath\s*\.\s*random\s*\(/g, what: '`Math.random()` is not reproducible' }];
const ENV_READS: Pattern[] = [{ re: /\bprocess\s*\.\s*env\b/g, what: '`process.env`' }];
const RAW_SQL: Pattern[] = [
  { re: /\bsql\s*`/g, what: 'a `sql`…`` query' },
  { re: /\bsql\s*\.\s*(?:raw|join|identifier|param|empty)\s*\(/g, what: 'a `sql.` fragment' },
  { re: /(?<!\breq)\s*\.\s*query\s*\(/g, what: 'a `.query(` call' },
  { re: /\.\s*execute\s*\(/g, what: 'an `.execute(` call' },
  { re: /\.\s*(?:insert|update|delete)\s*\(\s*[A-Za-z_$][\w$]*\s*\)\s*\.\s*(?:values|set|where)\s*\(/g, what: 'a Drizzle write' },
  { re: /\.\s*select\s*\([^)]*\)\s*\.\s*from\s*\(/g, what: 'a Drizzle select' },
];

// ---------------------------------------------------------------------------------------------
// Reading files.
// ---------------------------------------------------------------------------------------------

/** Every .ts/.tsx file under `dir` (relative to `root`), as repository-relative POSIX paths. */
export function readSources(root: string, dir = 'src'): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(posix.join(root, rel), { withFileTypes: true })) {
      const path = posix.join(rel, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
        files.push({ path, text: readFileSync(posix.join(root, path), 'utf8') });
    }
  };
  walk(dir);
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

const REGEX_AFTER_WORDS = new Set([
  'return',
  'typeof',
  'case',
  'do',
  'else',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'yield',
  'await',
]);

/**
 * Blanks comments (keeping line breaks, so positions stay), leaving strings, template literals and
 * regular expressions as they are. Good enough for TypeScript as this project writes it.
 */
export function stripComments(text: string): string {
  const out: string[] = [];
  const templateBraces: number[] = [];
  let braces = 0;
  let i = 0;
  const n = text.length;
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) out.push(text[k] === '\n' ? '\n' : ' ');
  };
  const regexMayStart = () => {
    let k = out.length - 1;
    while (k >= 0 && /\s/.test(out[k])) k--;
    if (k < 0) return true;
    const c = out[k];
    if (/[\w$]/.test(c)) {
      let word = '';
      while (k >= 0 && /[\w$]/.test(out[k])) word = out[k--] + word;
      return REGEX_AFTER_WORDS.has(word);
    }
    return '(,=:[!&|?{};+-*%<>~^'.includes(c);
  };
  /** Scans template text from `i` (just after ` or }); stops after the closing ` or after `${`. */
  const scanTemplate = () => {
    while (i < n) {
      const c = text[i];
      if (c === '\\') {
        out.push(c, text[i + 1] ?? '');
        i += 2;
      } else if (c === '`') {
        out.push(c);
        i++;
        return;
      } else if (c === '$' && text[i + 1] === '{') {
        out.push('$', '{');
        i += 2;
        templateBraces.push(braces);
        braces = 0;
        return;
      } else {
        out.push(c);
        i++;
      }
    }
  };
  while (i < n) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? n : end;
      blank(i, stop);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? n : end + 2;
      blank(i, stop);
      i = stop;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < n && text[j] !== c && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      j = Math.min(j + 1, n);
      for (let k = i; k < j; k++) out.push(text[k]);
      i = j;
    } else if (c === '`') {
      out.push(c);
      i++;
      scanTemplate();
    } else if (c === '{') {
      braces++;
      out.push(c);
      i++;
    } else if (c === '}') {
      if (braces === 0 && templateBraces.length > 0) {
        braces = templateBraces.pop() ?? 0;
        out.push(c);
        i++;
        scanTemplate();
      } else {
        braces = Math.max(0, braces - 1);
        out.push(c);
        i++;
      }
    } else if (c === '/' && regexMayStart()) {
      let j = i + 1;
      let inClass = false;
      while (j < n && text[j] !== '\n') {
        if (text[j] === '\\') j++;
        else if (text[j] === '[') inClass = true;
        else if (text[j] === ']') inClass = false;
        else if (text[j] === '/' && !inClass) break;
        j++;
      }
      j++;
      while (j < n && /[a-z]/i.test(text[j])) j++;
      for (let k = i; k < j && k < n; k++) out.push(text[k]);
      i = j;
    } else {
      out.push(c);
      i++;
    }
  }
  return out.join('');
}

function packageOf(specifier: string): string {
  if (specifier.startsWith('node:')) return specifier;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function parseNames(clause: string, typeOnly: boolean): { names: ImportedName[]; namespace: boolean } {
  const names: ImportedName[] = [];
  let namespace = false;
  const braced = /\{([\s\S]*)\}/.exec(clause);
  if (braced) {
    for (const raw of braced[1].split(',')) {
      const part = raw.trim();
      if (!part) continue;
      const isType = typeOnly || /^type\s/.test(part);
      const [imported, local] = part.replace(/^type\s+/, '').split(/\s+as\s+/);
      names.push({ imported: imported.trim(), local: (local ?? imported).trim(), typeOnly: isType });
    }
  }
  const outside = clause.replace(/\{[\s\S]*\}/, '').trim();
  if (/\*/.test(outside)) namespace = true;
  const fallback = /^([A-Za-z_$][\w$]*)\s*(?:,|$)/.exec(outside);
  if (fallback && !namespace) names.push({ imported: 'default', local: fallback[1], typeOnly });
  return { names, namespace };
}

export function parseFile(file: SourceFile): ParsedFile {
  const code = stripComments(file.text);
  const lineStarts = [0];
  for (let k = 0; k < code.length; k++) if (code[k] === '\n') lineStarts.push(k + 1);
  const lineAt = (index: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const imports: ImportStatement[] = [];
  const add = (kind: ImportStatement['kind'], specifier: string, index: number, typeOnly: boolean, clause = '') => {
    const relative = specifier.startsWith('.');
    const { names, namespace } = parseNames(clause, typeOnly);
    imports.push({
      kind,
      specifier,
      target: relative ? posix.normalize(posix.join(posix.dirname(file.path), specifier)) : undefined,
      pkg: relative ? undefined : packageOf(specifier),
      typeOnly: typeOnly || (names.length > 0 && !namespace && names.every((name) => name.typeOnly)),
      names,
      namespace,
      line: lineAt(index),
    });
  };
  // `import … from '…'` and `export … from '…'`: the clause holds only names, braces, commas and `*`.
  for (const m of code.matchAll(/^[ \t]*(import|export)\s+(type\s+)?([\w$*{},\s]*?)\s*from\s*(['"])([^'"\n]+)\4/gm)) {
    add(m[1] as 'import' | 'export', m[5], m.index ?? 0, Boolean(m[2]), m[3]);
  }
  for (const m of code.matchAll(/^[ \t]*import\s*(['"])([^'"\n]+)\1/gm)) add('side-effect', m[2], m.index ?? 0, false);
  for (const m of code.matchAll(/\bimport\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g)) add('dynamic', m[2], m.index ?? 0, false, '*');
  imports.sort((a, b) => a.line - b.line);
  return { ...file, code, imports, lineAt };
}

// ---------------------------------------------------------------------------------------------
// The project: parsed files and what a module's index.ts re-exports.
// ---------------------------------------------------------------------------------------------

export type Project = {
  files: ParsedFile[];
  byPath: Map<string, ParsedFile>;
  /** The file that defines `name` as reached through `path`'s exports (following re-exports). */
  originOf: (path: string, name: string) => string;
};

export function buildProject(sources: SourceFile[]): Project {
  const files = sources.map(parseFile);
  const byPath = new Map(files.map((f) => [f.path, f]));
  const declares = (file: ParsedFile, name: string) =>
    new RegExp(
      `\\bexport\\s+(?:declare\\s+)?(?:default\\s+)?(?:async\\s+)?(?:function\\*?|const|let|var|class|type|interface|enum)\\s+${name.replace(/\$/g, '\\$')}\\b`,
    ).test(file.code);
  const originOf = (path: string, name: string, depth = 0): string => {
    const file = byPath.get(path);
    if (!file || depth > 8) return path;
    if (declares(file, name)) return path;
    for (const statement of file.imports) {
      if (statement.kind !== 'export' || !statement.target) continue;
      const named = statement.names.find((n) => n.local === name);
      if (named) return originOf(statement.target, named.imported, depth + 1);
    }
    for (const statement of file.imports) {
      if (statement.kind !== 'export' || !statement.target || !statement.namespace || statement.names.length > 0) continue;
      const origin = originOf(statement.target, name, depth + 1);
      const target = byPath.get(origin);
      if (target && declares(target, name)) return origin;
    }
    return path;
  };
  return { files, byPath, originOf: (path, name) => originOf(path, name) };
}

/** The files a rule judges: everything under src/ that is not a test. */
const shipped = (project: Project) => project.files.filter((f) => f.path.startsWith('src/') && !isTestFile(f.path));

function findPatterns(file: ParsedFile, patterns: Pattern[], message: (what: string) => string): Violation[] {
  const found: Violation[] = [];
  for (const { re, what } of patterns) {
    for (const m of file.code.matchAll(re)) found.push({ file: file.path, line: file.lineAt(m.index ?? 0), message: message(what) });
  }
  return found;
}

/** Why a local file is impure (its own code or, through value imports, what it reaches), or undefined. */
function impurity(project: Project, path: string, seen = new Set<string>()): string | undefined {
  if (seen.has(path)) return undefined;
  seen.add(path);
  if (isImpureLayer(path)) return `${path} is ${isRepository(path) ? 'a repository' : 'an impure layer'}`;
  const file = project.byPath.get(path);
  if (!file) return undefined;
  for (const statement of file.imports) {
    if (statement.pkg && isIoPackage(statement.pkg) && !statement.typeOnly) return `${path} imports ${statement.pkg}`;
    if (statement.target && !statement.typeOnly && !isDomain(statement.target)) {
      const why = impurity(project, statement.target, seen);
      if (why) return why;
    }
  }
  const patterns = [...CLOCK_READS, ...RANDOMNESS, ...ENV_READS];
  for (const { re, what } of patterns) {
    re.lastIndex = 0;
    if (new RegExp(re.source).test(file.code)) return `${path} uses ${what.replace(/^`([^`]+)`.*$/, '$1')}`;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The rules.
// ---------------------------------------------------------------------------------------------

export type Rule = { id: string; title: string; check: (project: Project) => Violation[] };

const UNSORTED_RULES: Rule[] = [
  {
    id: 'domain-is-pure',
    title: 'domain/ code is pure: no database, HTTP, jobs, files, network, services, repositories, clock, randomness or environment',
    check: (project) =>
      shipped(project)
        .filter((f) => isDomain(f.path))
        .flatMap((file) => [
          ...file.imports.flatMap((s): Violation[] => {
            if (s.pkg && isIoPackage(s.pkg)) return [{ file: file.path, line: s.line, message: `imports ${s.specifier}, which does I/O` }];
            if (!s.target || isDomain(s.target)) return [];
            if (isImpureLayer(s.target)) return [{ file: file.path, line: s.line, message: `imports ${s.target}, an impure layer` }];
            const why = s.typeOnly ? undefined : impurity(project, s.target);
            return why ? [{ file: file.path, line: s.line, message: `imports ${s.target}, which is impure (${why})` }] : [];
          }),
          ...findPatterns(
            file,
            [...CLOCK_READS, ...RANDOMNESS, ...ENV_READS],
            (what) => `${what}; domain code takes time (asOf), seeds and settings as parameters`,
          ),
        ]),
  },
  {
    id: 'modules-through-index',
    title: 'a module is entered only through src/modules/<name>/index.ts',
    check: (project) =>
      shipped(project).flatMap((file) =>
        file.imports.flatMap((s): Violation[] => {
          const other = s.target ? moduleOf(s.target) : undefined;
          if (!s.target || !other || other === moduleOf(file.path) || s.target === moduleDoor(other)) return [];
          return [{ file: file.path, line: s.line, message: `imports ${s.target}; import from ${moduleDoor(other)} instead` }];
        }),
      ),
  },
  {
    id: 'sql-in-repositories',
    title: 'only *.repository.ts files and src/db/ touch Drizzle, the schema or raw SQL',
    check: (project) =>
      shipped(project)
        .filter((f) => !isRepository(f.path) && !isDbLayer(f.path))
        .flatMap((file) => [
          ...file.imports.flatMap((s): Violation[] => {
            if (s.pkg && SQL_PACKAGES.includes(s.pkg))
              return [{ file: file.path, line: s.line, message: `imports ${s.specifier}; database access belongs in a *.repository.ts` }];
            if (s.target && SQL_FILES.includes(s.target))
              return [{ file: file.path, line: s.line, message: `imports ${s.target}; database access belongs in a *.repository.ts` }];
            return [];
          }),
          ...findPatterns(file, RAW_SQL, (what) => `${what}; SQL belongs in a *.repository.ts`),
        ]),
  },
  {
    id: 'edges-call-services',
    title: 'routes, jobs, CLI commands and the boot code call services, never repositories',
    check: (project) =>
      shipped(project)
        .filter((f) => isEdge(f.path))
        .flatMap((file) =>
          file.imports.flatMap((s): Violation[] => {
            if (!s.target || s.typeOnly) return [];
            if (isRepository(s.target))
              return [{ file: file.path, line: s.line, message: `imports the repository ${s.target}; call a service` }];
            return s.names
              .filter((n) => !n.typeOnly)
              .map((n) => ({ name: n.imported, origin: project.originOf(s.target as string, n.imported) }))
              .filter(({ origin }) => isRepository(origin))
              .map(({ name, origin }) => ({
                file: file.path,
                line: s.line,
                message: `calls ${name} from the repository ${origin}; call a service`,
              }));
          }),
        ),
  },
  {
    id: 'clock-through-deps',
    title: `time is read only through deps.now() (the real clock and the stopwatch live in ${CLOCK_FILE})`,
    check: (project) =>
      shipped(project)
        .filter((f) => f.path !== CLOCK_FILE)
        .flatMap((file) =>
          findPatterns(file, CLOCK_READS, (what) => `${what}; use deps.now(), a \`now\` parameter, or startStopwatch() from ${CLOCK_FILE}`),
        ),
  },
  {
    id: 'env-in-config',
    title: `process.env is read only in ${CONFIG_FILE}`,
    check: (project) =>
      shipped(project)
        .filter((f) => f.path !== CONFIG_FILE)
        .flatMap((file) => findPatterns(file, ENV_READS, (what) => `reads ${what}; add the setting to ${CONFIG_FILE} and pass config`)),
  },
  {
    id: 'errors-from-lib',
    title: `AppError and its helpers come from ${ERRORS_FILE}; ${PROBLEM_FILE} is the HTTP edge's mapping only`,
    check: (project) => {
      const errors = project.byPath.get(ERRORS_FILE);
      const exported = new Set(
        errors ? [...errors.code.matchAll(/\bexport\s+(?:class|const|type|function)\s+([\w$]+)/g)].map((m) => m[1]) : ['AppError'],
      );
      return shipped(project).flatMap((file) =>
        file.imports.flatMap((s): Violation[] => {
          if (s.target !== PROBLEM_FILE) return [];
          const named = s.names.filter((n) => exported.has(n.imported)).map((n) => n.imported);
          if (named.length > 0)
            return [
              { file: file.path, line: s.line, message: `imports ${named.join(', ')} from ${PROBLEM_FILE}; import from ${ERRORS_FILE}` },
            ];
          if (!isEdge(file.path))
            return [
              {
                file: file.path,
                line: s.line,
                message: `imports ${PROBLEM_FILE} outside the HTTP edge; throw AppError from ${ERRORS_FILE}`,
              },
            ];
          return [];
        }),
      );
    },
  },
];

const byPlace = (a: Violation, b: Violation) => a.file.localeCompare(b.file) || a.line - b.line;

/** The rules, each reporting its violations by file and line. */
export const RULES: Rule[] = UNSORTED_RULES.map((r) => ({ ...r, check: (project: Project) => r.check(project).sort(byPlace) }));

export function formatViolations(violations: Violation[]): string {
  return violations.map((v) => `  ${v.file}:${v.line}  ${v.message}`).join('\n');
}
