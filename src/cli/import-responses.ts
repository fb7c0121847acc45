/** `rapport import responses`: past assessment answers from another tool, all or nothing. */
import { readFileSync } from 'node:fs';
import type { Config } from '../config.ts';
import { importPastResponses } from '../modules/assessments/index.ts';
import { type Flags, withDatabase } from './commands.ts';
import { fail } from './output.ts';

const COLUMN_FLAGS = {
  date: 'date-column',
  score: 'score-column',
  text: 'text-column',
  email: 'email-column',
  externalId: 'external-id-column',
  label: 'label-column',
} as const;

export async function runImportResponses(config: Config, flags: Flags, paths: string[]) {
  if (paths.length !== 1) fail('give one CSV file: rapport import responses <file.csv> --date-format iso|us|eu');
  const dateFormat = String(flags['date-format'] ?? '');
  if (!['iso', 'us', 'eu'].includes(dateFormat))
    fail('--date-format must be iso, us (MM/DD/YYYY) or eu (DD/MM/YYYY): past answers carry dates, and their order is never guessed');
  let csv: string;
  try {
    csv = readFileSync(paths[0] as string, 'utf8');
  } catch {
    return fail(`cannot read ${paths[0]}`);
  }
  const columns = Object.fromEntries(
    Object.entries(COLUMN_FLAGS).flatMap(([field, flag]) => (typeof flags[flag] === 'string' ? [[field, flags[flag] as string]] : [])),
  );
  await withDatabase(config, async (deps) => {
    const report = await importPastResponses(deps, null, csv, {
      dateFormat: dateFormat as 'iso' | 'us' | 'eu',
      skipInvalid: flags['skip-invalid'] === true,
      dryRun: flags['dry-run'] === true,
      account: typeof flags.account === 'string' ? flags.account : undefined,
      columns,
    });
    if (flags.json) console.log(JSON.stringify(report, null, 2));
    else {
      const used = Object.entries(report.columns)
        .map(([field, column]) => `${field} ← "${column}"`)
        .join(', ');
      console.log(`${paths[0]}: ${report.rows} rows; columns: ${used}`);
      for (const e of report.errors) console.log(`  row ${e.row}, ${e.column} ${e.value ? `"${e.value}"` : '(empty)'}: ${e.reason}`);
      if (report.rejected > report.errors.length) console.log(`  … and more (${report.rejected} rows rejected in all)`);
      const nps = report.nps.nps === null ? 'no scores' : `NPS ${report.nps.nps} from ${report.nps.responses} answers`;
      console.log(
        {
          imported: `Imported ${report.imported} answers (${report.skipped} were already there, ${report.rejected} rows rejected); ${nps}.`,
          dry_run: `Dry run: ${report.imported} answers would be imported (${report.skipped} already there, ${report.rejected} rows rejected); ${nps}. Nothing was written.`,
          rejected: `Rejected: ${report.rejected} rows have problems; nothing was written (fix them, or use --skip-invalid).`,
        }[report.status],
      );
    }
    if (report.status === 'rejected') process.exitCode = 1;
  });
}
