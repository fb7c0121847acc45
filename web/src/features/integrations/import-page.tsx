/** Import & export: choose CRM export files, preview what they would do, import them all or nothing; download exports. */
import { Alert, Button, Grid, Group, Paper, Progress, Stack, Stepper, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { IconArrowLeft, IconArrowRight, IconCheck } from '../../ui/icons.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { ErrorAlert } from '../../ui/query-states.tsx';
import { ExportCard } from './export-card.tsx';
import { FileDropZone } from './file-drop-zone.tsx';
import type { OnMap } from './import-files-list.tsx';
import { plural } from './import-labels.ts';
import { ImportOptionsForm } from './import-options.tsx';
import { ImportReportView, isBlocked } from './import-report-view.tsx';
import {
  type ImportOptions,
  type ImportReport,
  kindOfObject,
  savedMappingsQuery,
  type UploadProgress,
  uploadImport,
} from './imports-api.ts';
import './integrations.css';

const DEFAULT_OPTIONS: ImportOptions = {
  dateFormat: 'auto',
  tier: 'community',
  skipInvalid: false,
  kind: 'auto',
  savedMapping: null,
  mapping: {},
  saveMappingAs: '',
};

export function ImportPage() {
  const queryClient = useQueryClient();
  const [files, setFiles] = useState<File[]>([]);
  const [options, setOptions] = useState<ImportOptions>(DEFAULT_OPTIONS);
  const [step, setStep] = useState(0);
  const [preview, setPreview] = useState<ImportReport | null>(null);
  const [result, setResult] = useState<ImportReport | null>(null);
  const [progress, setProgress] = useState<UploadProgress>(null);
  // A column picked in the preview's mapping: the preview shows the old mapping until it is run again.
  const [remapped, setRemapped] = useState(false);
  const top = useRef<HTMLDivElement>(null);

  // A long report can leave the next step's start above the fold: bring it into view.
  const goTo = (next: number) => {
    setStep(next);
    requestAnimationFrame(() => {
      if (top.current && top.current.getBoundingClientRect().top < 0) top.current.scrollIntoView({ behavior: 'smooth', block: 'start' });
    });
  };

  const run = useMutation({
    mutationFn: ({ dryRun, opts }: { dryRun: boolean; opts: ImportOptions }) => uploadImport(files, { ...opts, dryRun }, setProgress),
    onMutate: () => setProgress(0),
  });

  // A preview is only good for the files and options it was made with.
  const stale = () => {
    setRemapped(false);
    setPreview(null);
    setResult(null);
    run.reset();
  };
  const changeFiles = (next: File[]) => {
    setFiles(next);
    stale();
  };
  const changeOptions = (next: ImportOptions) => {
    setOptions(next);
    stale();
  };

  const changeMapping: OnMap = (file, field, column) => {
    const mapping = { ...options.mapping };
    if (column) mapping[field] = column;
    else delete mapping[field];
    const kind = options.kind === 'auto' && file.format ? (kindOfObject(file.format.object) ?? 'auto') : options.kind;
    setOptions({ ...options, mapping, kind });
    setRemapped(true);
  };

  const runPreview = (opts = options) => {
    setOptions(opts);
    setRemapped(false);
    setResult(null);
    run.mutate(
      { dryRun: true, opts },
      {
        onSuccess: (report) => {
          setPreview(report);
          goTo(1);
          if (report.savedMapping) void queryClient.invalidateQueries({ queryKey: savedMappingsQuery().queryKey });
        },
      },
    );
  };

  const runImport = () =>
    run.mutate(
      { dryRun: false, opts: options },
      {
        onSuccess: (report) => {
          setResult(report);
          goTo(2);
          if (report.written || report.savedMapping) void queryClient.invalidateQueries();
        },
      },
    );

  const startOver = () => {
    setFiles([]);
    setOptions(DEFAULT_OPTIONS);
    stale();
    setStep(0);
  };

  const canImport = preview != null && !remapped && !isBlocked(preview, options.skipInvalid);
  const busy = run.isPending;
  const working = busy ? <UploadIndicator progress={progress} dryRun={run.variables?.dryRun ?? true} files={files.length} /> : null;
  const failure = run.isError ? (
    <ErrorAlert error={run.error} title={run.variables?.dryRun ? 'Could not preview' : 'Could not import'} />
  ) : null;

  return (
    <>
      <PageHeader
        title="Import & export"
        description="Bring accounts, contacts, roles and activities over from Salesforce, HubSpot or a spreadsheet. Nothing is written until you import, and an import is all or nothing."
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Paper p={{ base: 'md', sm: 'lg' }} ref={top} style={{ scrollMarginTop: 76 }}>
            <Stepper
              active={step}
              onStepClick={(s) => !busy && setStep(s)}
              size="sm"
              allowNextStepsSelect={false}
              styles={{ steps: { marginBottom: 'var(--mantine-spacing-lg)' } }}
            >
              <Stepper.Step label="Choose files" description="CSV or JSON exports">
                <Stack gap="lg">
                  <FileDropZone
                    files={files}
                    onChange={changeFiles}
                    disabled={busy}
                    onRejected={(names) =>
                      notifications.show({ color: 'red', title: 'Only CSV and JSON files', message: `Not added: ${names.join(', ')}` })
                    }
                  />
                  <ImportOptionsForm value={options} onChange={changeOptions} disabled={busy} />
                  {failure}
                  {working}
                  <Group justify="flex-end">
                    <Button
                      onClick={() => runPreview()}
                      disabled={files.length === 0}
                      loading={busy}
                      rightSection={<IconArrowRight size={16} />}
                    >
                      Preview
                    </Button>
                  </Group>
                </Stack>
              </Stepper.Step>
              <Stepper.Step label="Preview" description="What would happen" allowStepSelect={preview != null}>
                {preview ? (
                  <Stack gap="md">
                    <ImportReportView report={preview} mode="preview" skipInvalid={options.skipInvalid} onMap={changeMapping} />
                    {remapped ? (
                      <Alert color="indigo" title="Column mapping changed" data-testid="import-remapped">
                        <Group justify="space-between" gap="sm">
                          <Text size="sm">Preview again to see what the files give with the columns you picked.</Text>
                          <Button size="xs" onClick={() => runPreview()} loading={busy}>
                            Preview with this mapping
                          </Button>
                        </Group>
                      </Alert>
                    ) : null}
                    {failure}
                    {working}
                    <Group justify="space-between">
                      <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={() => goTo(0)} disabled={busy}>
                        Back to files
                      </Button>
                      <Group gap="sm">
                        {!canImport && !options.skipInvalid ? (
                          <Button variant="default" onClick={() => runPreview({ ...options, skipInvalid: true })} disabled={busy}>
                            Preview with Skip invalid rows
                          </Button>
                        ) : null}
                        <Button
                          onClick={runImport}
                          disabled={!canImport}
                          loading={busy && run.variables?.dryRun === false}
                          leftSection={<IconCheck size={16} />}
                        >
                          Import
                        </Button>
                      </Group>
                    </Group>
                  </Stack>
                ) : null}
              </Stepper.Step>
              <Stepper.Step label="Import" description="The result" allowStepSelect={result != null}>
                {result ? (
                  <Stack gap="md">
                    <ImportReportView report={result} mode="result" skipInvalid={options.skipInvalid} />
                    {failure}
                    {working}
                    <Group justify="space-between">
                      <Button variant="default" onClick={() => runPreview()} loading={busy}>
                        Preview these files again
                      </Button>
                      <Button onClick={startOver} disabled={busy}>
                        Import other files
                      </Button>
                    </Group>
                  </Stack>
                ) : null}
              </Stepper.Step>
            </Stepper>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <ExportCard />
        </Grid.Col>
      </Grid>
    </>
  );
}

function UploadIndicator({ progress, dryRun, files }: { progress: UploadProgress; dryRun: boolean; files: number }) {
  const uploading = progress != null && progress < 1;
  const label = uploading
    ? `Uploading ${plural(files, 'file')}… ${Math.round(progress * 100)}%`
    : dryRun
      ? 'Reading and checking every row…'
      : 'Importing — all or nothing…';
  return (
    <Stack gap={4} role="status" aria-live="polite">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Progress value={uploading ? progress * 100 : 100} animated={!uploading} striped={!uploading} size="sm" aria-label={label} />
    </Stack>
  );
}
