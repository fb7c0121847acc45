/** Each command is a thin edge over the same services the API uses. */
import { createWriteStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { FIRST_ADMIN_EMAIL, loadDemo, openDatabase, startServer } from '../boot.ts';
import type { Config } from '../config.ts';
import { ROLES, type Role } from '../domain/vocabulary.ts';
import { startStopwatch } from '../lib/clock.ts';
import { createApiToken, createUser, findUserByEmail } from '../modules/auth/index.ts';
import { DEMO_SCALES, isDemoLoaded } from '../modules/demo/index.ts';
import {
  EXPORT_ENTITIES,
  type ExportEntity,
  exportChunks,
  GENERIC_KINDS,
  type ImportObject,
  type ImportReport,
  runImport,
} from '../modules/integrations/index.ts';
import { runImportResponses } from './import-responses.ts';
import { fail, printTable } from './output.ts';
import { countLines, createProgress } from './progress.ts';

export type Flags = Record<string, string | boolean | undefined>;

export const HELP: Record<string, string> = {
  start: `rapport start [--no-demo]
  Starts the web UI, REST API and background worker in one process.
  On the very first start it creates the first admin and loads the demo portfolio (unless --no-demo).`,
  migrate: `rapport migrate
  Applies database migrations (also done by start) and exits.`,
  demo: `rapport demo [--accounts N] [--json]
  Loads the generated demo portfolio (default 300 accounts; --accounts 20000 for benchmarks) into an empty database.`,
  'user create': `rapport user create --email EMAIL --role admin|leader|csm|viewer [--name NAME] [--password PASSWORD] [--json]
  Creates a user; a password is generated and printed when none is given.`,
  export: `rapport export accounts|stakeholders|touchpoints|gaps [--format csv|json] [--out FILE]
  Writes the export to FILE or standard output; the CSV columns are the generic import's field names.`,
  import: `rapport import salesforce|hubspot|csv <files or folders…> [--dry-run] [--skip-invalid] [--date-format iso|us|eu] [--tier community|enterprise|strategic] [--kind accounts|stakeholders|touchpoints --map field=Column …] [--save-mapping SOURCE] [--mapping SOURCE] [--json]
  Imports CRM exports all or nothing: any invalid row writes nothing and is listed (file, row, column, value, reason).
  Re-importing the same files changes nothing. --dry-run shows what would be created, updated and rejected.
  --save-mapping zendesk keeps this --kind and --map for that source; --mapping zendesk reads its next file the same way.
  Rapport's own exports (rapport export …) are recognised from their columns and import as they are.
rapport import responses <file.csv> --date-format iso|us|eu [--account NAME_OR_ID] [--skip-invalid] [--dry-run] [--json]
  Imports past assessment answers (date, 0-10 score, comment, stakeholder e-mail or external id; columns detected,
  or named with --date-column, --score-column, --text-column, --email-column, --external-id-column, --label-column).
  Rows naming nobody belong to --account. All or nothing unless --skip-invalid; re-importing adds nothing.`,
  'token create': `rapport token create --email EMAIL [--name NAME] [--json]
  Creates an API token for the user and prints it (shown once). Use it as: Authorization: Bearer <token>`,
};

export async function runStart(config: Config, flags: Flags) {
  const server = await startServer(config, { demo: flags.demo !== false && flags['no-demo'] !== true });
  const { info } = server;
  console.log(`\nRapport is running at ${server.url}  (database: ${server.deps.database.kind})`);
  if (info.adminPassword) console.log(`  First admin sign-in: ${info.adminEmail} / ${info.adminPassword}`);
  else console.log(`  Admin: ${info.adminEmail} (its first password was changed; create users with \`rapport user create\`)`);
  if (info.demoLogins.length > 0 && info.demoPassword) {
    const leader = info.demoLogins.find((l) => l.role === 'leader');
    const csm = info.demoLogins.find((l) => l.role === 'csm');
    console.log(
      `  Demo team (password ${info.demoPassword}): leader ${leader?.email ?? '-'}, CSM ${csm?.email ?? '-'}, and ${info.demoLogins.length - 2} more`,
    );
  }
  console.log(`  API reference: ${server.url}/api/docs   Stop with Ctrl+C\n`);
  const shutdown = async () => {
    console.log('Stopping…');
    await server.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

export async function withDatabase<T>(
  config: Config,
  work: (deps: Awaited<ReturnType<typeof openDatabase>>['deps']) => Promise<T>,
): Promise<T> {
  const opened = await openDatabase(config);
  try {
    return await work(opened.deps);
  } finally {
    await opened.close();
  }
}

export async function runMigrate(config: Config) {
  await withDatabase(config, async () => {});
  console.log('Migrations applied.');
}

export async function runDemo(config: Config, flags: Flags) {
  const accounts = flags.accounts === undefined ? DEMO_SCALES.demo : Number(flags.accounts);
  if (!Number.isInteger(accounts) || accounts < 1 || accounts > 100_000) fail('--accounts must be a whole number between 1 and 100000');
  await withDatabase(config, async (deps) => {
    if (await isDemoLoaded(deps)) fail('The demo portfolio is already loaded in this database');
    const stopwatch = startStopwatch();
    const portfolio = await loadDemo(deps, accounts);
    const summary = {
      accounts: portfolio.accounts.length,
      stakeholders: portfolio.stakeholders.length,
      touchpoints: portfolio.touchpoints.length,
      seconds: Math.round(stopwatch.seconds() * 10) / 10,
    };
    if (flags.json) console.log(JSON.stringify(summary));
    else
      console.log(
        `Demo portfolio loaded: ${summary.accounts} accounts, ${summary.stakeholders} stakeholders, ${summary.touchpoints} touchpoints in ${summary.seconds} s`,
      );
  });
}

export async function runUserCreate(config: Config, flags: Flags) {
  const email = typeof flags.email === 'string' ? flags.email : fail('--email is required');
  const role = typeof flags.role === 'string' ? flags.role : fail(`--role is required (${ROLES.join(', ')})`);
  if (!ROLES.includes(role as Role)) fail(`--role must be one of ${ROLES.join(', ')}`);
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) fail('--email is not an e-mail address');
  await withDatabase(config, async (deps) => {
    const { user, password } = await createUser(deps, null, {
      email,
      role: role as Role,
      name: typeof flags.name === 'string' ? flags.name : undefined,
      password: typeof flags.password === 'string' ? flags.password : undefined,
    });
    if (flags.json) console.log(JSON.stringify({ ...user, password: flags.password ? undefined : password }));
    else console.log(`Created ${user.role} ${user.email}${flags.password ? '' : ` with password ${password}`}`);
  });
}

export async function runTokenCreate(config: Config, flags: Flags) {
  const email = typeof flags.email === 'string' ? flags.email : fail('--email is required');
  await withDatabase(config, async (deps) => {
    const user = await findUserByEmail(deps, email);
    if (!user) fail(`No user with e-mail ${email}${email === FIRST_ADMIN_EMAIL ? '' : ' (see `rapport user create`)'}`);
    const token = await createApiToken(deps, null, { userId: user.id, name: typeof flags.name === 'string' ? flags.name : 'cli' });
    if (flags.json) console.log(JSON.stringify({ id: token.id, name: token.name, token: token.token }));
    else console.log(token.token);
  });
}

export function listCommands() {
  printTable(
    Object.entries(HELP).map(([name, text]) => ({ command: name, what: text.split('\n')[1].trim() })),
    ['command', 'what'],
  );
}

export async function runExport(config: Config, flags: Flags, args: string[]) {
  const entity = args[0] as ExportEntity | undefined;
  if (!entity || !EXPORT_ENTITIES.includes(entity)) fail(`say what to export: ${EXPORT_ENTITIES.join(', ')}`);
  const format = flags.format === undefined ? 'csv' : flags.format;
  if (format !== 'csv' && format !== 'json') fail('--format must be csv or json');
  await withDatabase(config, async (deps) => {
    const out = typeof flags.out === 'string' ? createWriteStream(flags.out) : process.stdout;
    for await (const chunk of exportChunks(deps, entity, format)) {
      if (!out.write(chunk)) await new Promise((resolve) => out.once('drain', resolve));
    }
    if (out !== process.stdout) await new Promise<void>((resolve) => out.end(() => resolve()));
  });
}

const IMPORT_SOURCES = ['salesforce', 'hubspot', 'csv'];

export async function runImportCommand(config: Config, flags: Flags, args: string[]) {
  const [source, ...paths] = args;
  if (source === 'responses') return runImportResponses(config, flags, paths);
  if (!source || !IMPORT_SOURCES.includes(source)) fail(`say what to import: rapport import ${IMPORT_SOURCES.join('|')}|responses <files>`);
  if (paths.length === 0) fail('give the files or folders to import');
  const dateFormat = flags['date-format'];
  if (dateFormat !== undefined && !['iso', 'us', 'eu', 'auto'].includes(String(dateFormat)))
    fail('--date-format must be iso, us, eu or auto');
  const files = paths.flatMap((path) => {
    try {
      return statSync(path).isDirectory()
        ? readdirSync(path)
            .filter((n) => /\.(csv|json)$/i.test(n))
            .map((n) => join(path, n))
        : [path];
    } catch {
      return fail(`cannot read ${path}`);
    }
  });
  const inputs = files.map((path) => ({ name: basename(path), bytes: new Uint8Array(readFileSync(path)) }));
  const kinds: Record<string, ImportObject> = GENERIC_KINDS;
  if (source === 'csv' && flags.kind === undefined && flags.mapping === undefined && flags.map !== undefined)
    fail('--map needs --kind (or a saved --mapping)');
  if (flags.kind !== undefined && !kinds[String(flags.kind)]) fail(`--kind must be one of ${Object.keys(kinds).join(', ')}`);
  const mapping: Record<string, string> = {};
  for (const pair of [flags.map ?? []].flat() as string[]) {
    const [field, column] = pair.split('=');
    if (!field || !column) fail(`--map ${pair}: write it as field=Column`);
    mapping[field.trim()] = column.trim();
  }
  const progress = createProgress(inputs.reduce((n, f) => n + countLines(f.bytes), 0));
  await withDatabase(config, async (deps) => {
    const report = await runImport(deps, null, inputs, {
      dryRun: flags['dry-run'] === true,
      skipInvalid: flags['skip-invalid'] === true,
      dateFormat: dateFormat as never,
      defaultTier: flags.tier as never,
      kind: flags.kind === undefined ? undefined : kinds[String(flags.kind)],
      mapping: Object.keys(mapping).length > 0 ? mapping : undefined,
      savedMapping: typeof flags.mapping === 'string' ? flags.mapping : undefined,
      saveMappingAs: typeof flags['save-mapping'] === 'string' ? flags['save-mapping'] : undefined,
      onProgress: progress.update,
    });
    progress.done();
    if (flags.json) console.log(JSON.stringify(report, null, 2));
    else printImportReport(report);
    if (report.status === 'rejected') process.exitCode = 1;
  });
}

function printImportReport(report: ImportReport) {
  for (const f of report.files) {
    const format = f.format ? `${f.format.system} ${f.format.object} (${f.format.headerStyle} headers)` : 'unknown format';
    console.log(`${f.file}: ${format}; ${f.rows} rows: ${f.valid} valid, ${f.invalid} invalid, ${f.skipped} skipped`);
  }
  if (report.counts) {
    printTable(
      Object.entries(report.counts).map(([entity, c]) => ({ entity, ...c })),
      ['entity', 'created', 'updated', 'unchanged'],
    );
  }
  for (const note of report.notes) console.log(`Note: ${note}`);
  for (const e of report.errors)
    console.log(`  ${e.file ?? ''} row ${e.row}, ${e.column || '-'} ${e.value ? `"${e.value}"` : ''}: ${e.reason}`);
  if (report.errorCount > report.errors.length) console.log(`  … and ${report.errorCount - report.errors.length} more`);
  const verdict = {
    imported: 'Imported.',
    dry_run: 'Dry run: nothing was written.',
    rejected: `Rejected: ${report.errorCount} problem(s); nothing was written (fix them, or use --skip-invalid).`,
  }[report.status];
  console.log(verdict);
}
