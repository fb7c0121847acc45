/** One report, previewed or imported: the verdict first, then files, counts, problems and notes. */
import { Button, Collapse, List, Paper, Stack, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { IconChevronDown, IconChevronUp } from '../../ui/icons.tsx';
import { ImportCountsTable } from './import-counts-table.tsx';
import { ImportFilesList, type OnMap } from './import-files-list.tsx';
import { ImportIssuesTable } from './import-issues-table.tsx';
import { plural } from './import-labels.ts';
import { ImportVerdict } from './import-verdict.tsx';
import type { ImportReport } from './imports-api.ts';

/** A preview with errors is rejected when imported, unless invalid rows are skipped. */
export const isBlocked = (report: ImportReport, skipInvalid: boolean) =>
  report.status === 'rejected' || (report.errorCount > 0 && !skipInvalid);

type Props = { report: ImportReport; mode: 'preview' | 'result'; skipInvalid: boolean; onMap?: OnMap };

export function ImportReportView({ report, mode, skipInvalid, onMap }: Props) {
  const blocked = isBlocked(report, skipInvalid);
  return (
    <Stack gap="md" data-testid={mode === 'preview' ? 'import-preview' : 'import-result'}>
      <ImportVerdict report={report} mode={mode} blocked={blocked} />
      <ImportFilesList files={report.files} onMap={onMap} />
      {report.counts && (mode === 'preview' || report.written) ? (
        <Section
          title={
            mode === 'result'
              ? 'What happened'
              : blocked
                ? 'What the valid rows would do, once the problems are fixed'
                : 'What would happen'
          }
          flush
        >
          <ImportCountsTable counts={report.counts} />
        </Section>
      ) : null}
      {report.errorCount > 0 ? (
        <Section title={`${plural(report.errorCount, 'problem')} found`} flush>
          <ImportIssuesTable issues={report.errors} total={report.errorCount} kind="error" testId="import-errors" />
        </Section>
      ) : null}
      {report.warningCount > 0 ? <Warnings report={report} /> : null}
      {report.notes.length > 0 ? (
        <Section title="Notes">
          <List size="sm" spacing={6} styles={{ item: { lineHeight: 1.5 } }}>
            {report.notes.map((n) => (
              <List.Item key={n}>{n}</List.Item>
            ))}
          </List>
        </Section>
      ) : null}
    </Stack>
  );
}

function Warnings({ report }: { report: ImportReport }) {
  const [open, { toggle }] = useDisclosure(false);
  return (
    <Section
      title={plural(report.warningCount, 'warning')}
      flush
      aside={
        <Button
          variant="subtle"
          size="xs"
          onClick={toggle}
          aria-expanded={open}
          rightSection={open ? <IconChevronUp size={14} /> : <IconChevronDown size={14} />}
        >
          {open ? 'Hide' : 'Show'}
        </Button>
      }
    >
      <Collapse expanded={open}>
        <ImportIssuesTable issues={report.warnings} total={report.warningCount} kind="warning" testId="import-warnings" />
      </Collapse>
    </Section>
  );
}

function Section({ title, children, flush = false, aside }: { title: string; children: ReactNode; flush?: boolean; aside?: ReactNode }) {
  return (
    <Paper p={0} component="section" aria-label={title} style={{ overflow: 'hidden' }}>
      <Stack gap={0}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', padding: '12px 16px' }}>
          <Title order={3} size="h5">
            {title}
          </Title>
          {aside}
        </div>
        {flush ? children : <div style={{ padding: '0 16px 16px' }}>{children}</div>}
      </Stack>
    </Paper>
  );
}
