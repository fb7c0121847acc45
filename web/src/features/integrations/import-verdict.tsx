/** The first thing a report says: would it (did it) write, what, and what stops it. */
import { Alert } from '@mantine/core';
import { IconAlert, IconCheck, IconInfo } from '../../ui/icons.tsx';
import { totalsOf } from './import-counts-table.tsx';
import { plural } from './import-labels.ts';
import { type EntityCounts, IMPORT_ENTITIES, type ImportEntity, type ImportReport } from './imports-api.ts';

const NOUNS: Record<ImportEntity, [string, string]> = {
  accounts: ['account', 'accounts'],
  people: ['person', 'people'],
  stakeholders: ['stakeholder', 'stakeholders'],
  touchpoints: ['touchpoint', 'touchpoints'],
  renewals: ['renewal', 'renewals'],
};

/** "50 accounts, 150 people and 150 stakeholders" */
function phrase(counts: ImportReport['counts'], key: keyof EntityCounts): string {
  const parts = IMPORT_ENTITIES.flatMap((e) => {
    const n = counts?.[e]?.[key] ?? 0;
    return n > 0 ? [plural(n, NOUNS[e][0], NOUNS[e][1])] : [];
  });
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
}

type Props = { report: ImportReport; mode: 'preview' | 'result'; blocked: boolean };

export function ImportVerdict({ report, mode, blocked }: Props) {
  const totals = totalsOf(report.counts);
  const invalidRows = report.files.reduce((n, f) => n + f.invalid, 0);
  const created = phrase(report.counts, 'created');
  const updated = phrase(report.counts, 'updated');

  if (blocked || (mode === 'result' && !report.written)) {
    const problems = `${plural(report.errorCount, 'problem')}${invalidRows > 0 ? ` in ${plural(invalidRows, 'row')}` : ''}.`;
    return (
      <Alert
        color="red"
        variant="light"
        icon={<IconAlert />}
        role="alert"
        title={mode === 'preview' ? 'This import would be rejected' : 'Import rejected — nothing was written'}
        data-testid="import-verdict"
      >
        {problems}{' '}
        {mode === 'preview'
          ? 'Nothing will be written until these are fixed, or turn on Skip invalid rows.'
          : 'The database is exactly as it was before. Fix the problems below, or turn on Skip invalid rows, and try again.'}
      </Alert>
    );
  }
  const skipped = report.errorCount > 0 ? ` ${plural(invalidRows, 'invalid row')} ${mode === 'preview' ? 'will be' : 'were'} skipped.` : '';
  if (totals.created + totals.updated === 0) {
    return (
      <Alert color="teal" variant="light" icon={<IconCheck />} title="Already up to date" role="status" data-testid="import-verdict">
        {mode === 'preview'
          ? 'Rapport already holds everything in these files: importing them would change nothing.'
          : 'Nothing was created or updated: Rapport already held everything in these files.'}
        {skipped}
      </Alert>
    );
  }
  const changes = [created && `create ${created}`, updated && `update ${updated}`].filter(Boolean).join(', and ');
  if (mode === 'preview') {
    return (
      <Alert
        color={report.errorCount > 0 ? 'yellow' : 'indigo'}
        variant="light"
        icon={<IconInfo />}
        title="Preview — nothing has been written yet"
        role="status"
        data-testid="import-verdict"
      >
        Importing would {changes}.{skipped} Check the detected formats and counts, then import.
      </Alert>
    );
  }
  const done = [created && `Created ${created}`, updated && `${created ? 'updated' : 'Updated'} ${updated}`].filter(Boolean).join(', and ');
  return (
    <Alert color="teal" variant="light" icon={<IconCheck />} title="Import complete" role="status" data-testid="import-verdict">
      {done}.{skipped}
    </Alert>
  );
}
