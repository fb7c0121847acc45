/** `rapport <command>`: start, migrate, demo, user create, token create. Non-zero exit with a one-line reason on failure. */
import { parseArgs } from 'node:util';
import { readConfig } from '../config.ts';
import { DataDirLockedError } from '../db/data-dir.ts';
import { AppError } from '../lib/errors.ts';
import {
  type Flags,
  HELP,
  listCommands,
  runDemo,
  runExport,
  runImportCommand,
  runMigrate,
  runStart,
  runTokenCreate,
  runUserCreate,
} from './commands.ts';
import { CliError } from './output.ts';

const COMMANDS: Record<string, (config: ReturnType<typeof readConfig>, flags: Flags, args: string[]) => Promise<void>> = {
  start: runStart,
  migrate: runMigrate,
  demo: runDemo,
  'user create': runUserCreate,
  'token create': runTokenCreate,
  export: runExport,
  import: runImportCommand,
};

/** LOG_LEVEL=debug (read through the configuration) prints the stack of an unexpected failure. */
let debug = false;

function usage() {
  console.log('Usage: rapport <command> [options]   (rapport <command> --help for details)\n');
  listCommands();
}

async function main(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      json: { type: 'boolean' },
      'no-demo': { type: 'boolean' },
      accounts: { type: 'string' },
      email: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      format: { type: 'string' },
      'dry-run': { type: 'boolean' },
      'skip-invalid': { type: 'boolean' },
      'date-format': { type: 'string' },
      tier: { type: 'string' },
      kind: { type: 'string' },
      map: { type: 'string', multiple: true },
      mapping: { type: 'string' },
      'save-mapping': { type: 'string' },
      out: { type: 'string' },
      account: { type: 'string' },
      'date-column': { type: 'string' },
      'score-column': { type: 'string' },
      'text-column': { type: 'string' },
      'email-column': { type: 'string' },
      'external-id-column': { type: 'string' },
      'label-column': { type: 'string' },
    },
  });
  const two = positionals.slice(0, 2).join(' ');
  const name = COMMANDS[two] ? two : positionals[0];
  if (!name) return usage();
  const command = COMMANDS[name];
  if (!command) throw new CliError(`Unknown command "${positionals.join(' ')}"; run rapport --help`);
  if (values.help) return console.log(HELP[name]);
  const config = readConfig();
  debug = config.logLevel === 'debug';
  await command(config, values as Flags, positionals.slice(name.split(' ').length));
}

main(process.argv.slice(2)).catch((err: unknown) => {
  const known = err instanceof CliError || err instanceof DataDirLockedError || err instanceof AppError;
  const message = err instanceof Error ? err.message : String(err);
  console.error(`rapport: ${known || /^(Invalid configuration|Unknown option|Option)/.test(message) ? message : `failed: ${message}`}`);
  if (!known && debug) console.error(err);
  process.exit(1);
});
