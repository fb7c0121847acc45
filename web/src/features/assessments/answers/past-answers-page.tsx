/**
 * Past answers: bring NPS answers over from the tool used before. Choose a CSV, say how its dates are
 * written, optionally the account for rows that name nobody; "Check file" shows what an import would
 * do (nothing is written); "Import" writes it, all or nothing unless the rejected rows are skipped.
 */
import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Checkbox,
  Collapse,
  Grid,
  Group,
  List,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type ReactNode, useId, useRef, useState } from 'react';
import { fieldErrorsOf, isApiError } from '../../../lib/api.ts';
import { fileSize } from '../../../lib/format.ts';
import { DropArea, type DropAreaHandle } from '../../../ui/drop-area.tsx';
import { IconAlert, IconCheck, IconChevronDown, IconChevronUp, IconNote, IconSearch, IconTrash } from '../../../ui/icons.tsx';
import { PageHeader } from '../../../ui/page-header.tsx';
import { type AccountListItem, accountListQuery } from '../../accounts/accounts-api.ts';
import { PAST_ANSWER_DATE_FORMATS, PAST_ANSWER_FIELD_LABELS, plural } from '../assessment-labels.ts';
import {
  PAST_ANSWER_FIELDS,
  type PastAnswerColumns,
  type PastAnswerDateFormat,
  type PastAnswerField,
  type PastAnswerReport,
  useImportPastAnswers,
} from '../assessments-api.ts';
import { ColumnMap, PastAnswerFigures, PastAnswerGroups, RejectedRows } from './past-answers-report.tsx';

type ChosenAccount = Pick<AccountListItem, 'id' | 'name'>;

export function PastAnswersPage() {
  const [file, setFile] = useState<File | null>(null);
  const [dateFormat, setDateFormat] = useState<PastAnswerDateFormat | null>(null);
  const [account, setAccount] = useState<ChosenAccount | null>(null);
  const [columns, setColumns] = useState<PastAnswerColumns>({});
  const [columnsOpen, setColumnsOpen] = useState(false);
  const [skipRejected, setSkipRejected] = useState(false);
  const [check, setCheck] = useState<PastAnswerReport | null>(null);
  const [result, setResult] = useState<PastAnswerReport | null>(null);
  const [missing, setMissing] = useState<{ file?: string; dateFormat?: string }>({});
  const run = useImportPastAnswers();
  const reportTop = useRef<HTMLDivElement>(null);

  // A check is only good for the file and the choices it was made with.
  const changed = () => {
    setCheck(null);
    setResult(null);
    setSkipRejected(false);
    run.reset();
  };

  const server = fieldErrorsOf(run.error);
  const columnErrors = Object.fromEntries(PAST_ANSWER_FIELDS.map((f) => [f, server[`${f}Column`]]));
  const busy = run.isPending;
  const options = () => ({ dateFormat: dateFormat as PastAnswerDateFormat, account: account?.id, columns });

  // The report appears below the form: bring it into view and move the focus to its heading, for keyboard and screen-reader users.
  const showReport = () =>
    requestAnimationFrame(() => {
      reportTop.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
      reportTop.current?.querySelector<HTMLElement>('[data-report-heading]')?.focus({ preventScroll: true });
    });

  const runCheck = () => {
    const problems = {
      file: file ? undefined : 'Choose the CSV file to check.',
      dateFormat: dateFormat ? undefined : 'Say how the dates in the file are written.',
    };
    setMissing(problems);
    if (!file || !dateFormat) return;
    setResult(null);
    // Checked with the rejected rows skipped, so the counts say what an import could write.
    run.mutate(
      { file, options: { ...options(), skipInvalid: true, dryRun: true } },
      {
        onSuccess: (report) => {
          setCheck(report);
          showReport();
        },
        onError: (err) => {
          if (isApiError(err) && err.fieldErrors.some((e) => e.field.endsWith('Column'))) setColumnsOpen(true);
        },
      },
    );
  };

  const runImport = () => {
    if (!file || !dateFormat) return;
    run.mutate(
      { file, options: { ...options(), skipInvalid: skipRejected, dryRun: false } },
      {
        onSuccess: (report) => {
          setResult(report);
          showReport();
        },
      },
    );
  };

  const startOver = () => {
    setFile(null);
    setColumns({});
    changed();
  };

  return (
    <>
      <PageHeader
        title="Import past answers"
        description="Bring NPS answers over from the tool you used before, so each account’s history and NPS start from what you already know."
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <Paper
              p={{ base: 'md', sm: 'lg' }}
              component="form"
              aria-label="Past answers file"
              onSubmit={(e) => {
                e.preventDefault();
                runCheck();
              }}
            >
              <Stack gap="lg">
                <CsvDrop
                  file={file}
                  disabled={busy}
                  error={missing.file ?? server.file}
                  onChange={(next) => {
                    setFile(next);
                    setMissing((m) => ({ ...m, file: undefined }));
                    changed();
                  }}
                />
                <Radio.Group
                  label="How are the dates written?"
                  description="Rapport never guesses the order of day and month: in 03/04/2024 it could be either, so you say which."
                  withAsterisk
                  value={dateFormat}
                  onChange={(v) => {
                    setDateFormat(v as PastAnswerDateFormat);
                    setMissing((m) => ({ ...m, dateFormat: undefined }));
                    changed();
                  }}
                  error={missing.dateFormat ?? server.dateFormat}
                >
                  <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" mt="xs">
                    {PAST_ANSWER_DATE_FORMATS.map((f) => (
                      <Radio key={f.value} value={f.value} label={f.label} description={f.example} disabled={busy} />
                    ))}
                  </SimpleGrid>
                </Radio.Group>
                <AccountPicker
                  value={account}
                  disabled={busy}
                  error={server.account}
                  onChange={(next) => {
                    setAccount(next);
                    changed();
                  }}
                />
                <ColumnsSection
                  open={columnsOpen}
                  onToggle={() => setColumnsOpen((o) => !o)}
                  value={columns}
                  found={check?.columns}
                  errors={columnErrors}
                  disabled={busy}
                  onChange={(next) => {
                    setColumns(next);
                    changed();
                  }}
                />
                {run.isError ? <ProblemAlert error={run.error} dryRun={run.variables?.options.dryRun ?? true} /> : null}
                <Group justify="flex-end">
                  <Button type="submit" loading={busy && run.variables?.options.dryRun === true} disabled={busy}>
                    Check file
                  </Button>
                </Group>
              </Stack>
            </Paper>

            {check ? (
              <Paper p={{ base: 'md', sm: 'lg' }} ref={reportTop} style={{ scrollMarginTop: 76 }} component="section" aria-label="Check">
                {result ? (
                  <ImportResult result={result} account={account} onAgain={startOver} />
                ) : (
                  <CheckReport
                    report={check}
                    skipRejected={skipRejected}
                    onSkipRejected={setSkipRejected}
                    busy={busy}
                    onImport={runImport}
                  />
                )}
              </Paper>
            ) : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <FileHelp />
        </Grid.Col>
      </Grid>
    </>
  );
}

/** One CSV file: drop it on the area, or click (or press Enter) to browse. */
function CsvDrop({
  file,
  onChange,
  disabled,
  error,
}: {
  file: File | null;
  onChange: (file: File | null) => void;
  disabled?: boolean;
  error?: string;
}) {
  const area = useRef<DropAreaHandle>(null);
  const [notCsv, setNotCsv] = useState<string | null>(null);
  const errorId = useId();

  const choose = (list: File[]) => {
    const chosen = list[0];
    if (!chosen) return;
    if (!/\.(csv|txt)$/i.test(chosen.name)) {
      setNotCsv(`${chosen.name} is not a CSV file. Export the answers as CSV and choose that file.`);
      return;
    }
    setNotCsv(null);
    onChange(chosen);
  };
  const shown = notCsv ?? error;

  return (
    <Stack gap={6}>
      <Text size="sm" fw={500} component="span">
        CSV file{' '}
        <Text span c="red" inherit aria-hidden="true">
          *
        </Text>
      </Text>
      {file ? (
        <Paper withBorder px="md" py={10} data-testid="past-answers-file">
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
              <IconNote size={18} style={{ flexShrink: 0, color: 'var(--mantine-color-gray-6)' }} />
              <Text size="sm" fw={500} truncate>
                {file.name}
              </Text>
              <Text size="sm" c="dimmed" className="rp-asm-num">
                {fileSize(file.size)}
              </Text>
            </Group>
            <Group gap={4} wrap="nowrap">
              <Button size="xs" variant="subtle" onClick={() => area.current?.browse()} disabled={disabled}>
                Choose another
              </Button>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`Remove ${file.name}`}
                disabled={disabled}
                onClick={() => onChange(null)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          </Group>
        </Paper>
      ) : null}
      {/* Kept mounted while a file is shown, so "Choose another" can open the chooser. */}
      <div hidden={file !== null}>
        <DropArea
          ref={area}
          title="Drop the CSV file here, or click to choose it"
          hint="One row per answer, with a header row — an export from your previous NPS tool or a spreadsheet"
          accept=".csv,text/csv"
          disabled={disabled}
          errorId={shown ? errorId : undefined}
          testId="past-answers-file-input"
          onFiles={choose}
        />
      </div>
      {shown ? (
        <Text size="sm" c="red.7" id={errorId} role="alert">
          {shown}
        </Text>
      ) : null}
    </Stack>
  );
}

/** Searches accounts on the server as you type; the chosen one stays listed while another search runs. */
function AccountPicker({
  value,
  onChange,
  disabled,
  error,
}: {
  value: ChosenAccount | null;
  onChange: (account: ChosenAccount | null) => void;
  disabled?: boolean;
  error?: string;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  // While the box shows the chosen name, list accounts as if nothing was typed.
  const q = value && debounced === value.name ? undefined : debounced || undefined;
  const accounts = useQuery(accountListQuery({ q, sort: 'name', order: 'asc', limit: 20 }));
  const byId = new Map<string, ChosenAccount>((accounts.data?.items ?? []).map((a) => [a.id, a]));
  if (value) byId.set(value.id, value);
  return (
    <Select
      label="Account for rows that name nobody"
      description="Optional. A row with an e-mail or id goes to that stakeholder’s account; a row without one goes to the account chosen here."
      placeholder="Search accounts by name"
      searchable
      clearable
      disabled={disabled}
      leftSection={<IconSearch size={16} />}
      data={[...byId.values()].map((a) => ({ value: a.id, label: a.name }))}
      value={value?.id ?? null}
      onChange={(id) => onChange(id ? (byId.get(id) ?? null) : null)}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={accounts.isFetching ? 'Searching…' : 'No account by that name'}
      error={error}
      maw={520}
    />
  );
}

/** Column names, for files whose headers Rapport does not recognise. Closed until needed. */
function ColumnsSection({
  open,
  onToggle,
  value,
  found,
  errors,
  onChange,
  disabled,
}: {
  open: boolean;
  onToggle: () => void;
  value: PastAnswerColumns;
  found?: PastAnswerColumns;
  errors: Record<string, string | undefined>;
  onChange: (columns: PastAnswerColumns) => void;
  disabled?: boolean;
}) {
  const id = useId();
  const named = PAST_ANSWER_FIELDS.filter((f) => value[f]?.trim()).length;
  return (
    <div>
      <UnstyledButton onClick={onToggle} aria-expanded={open} aria-controls={id} className="rp-asm-disclosure">
        <Group gap={6}>
          {open ? <IconChevronUp size={16} /> : <IconChevronDown size={16} />}
          <Text size="sm" fw={600}>
            Columns
          </Text>
          <Text size="sm" c="dimmed">
            {named ? `${plural(named, 'column')} named by you` : 'recognised from the header row'}
          </Text>
        </Group>
      </UnstyledButton>
      <Collapse expanded={open} id={id}>
        <Stack gap="sm" pt="sm">
          <Text size="sm" c="dimmed">
            Usual headers are recognised, such as <code>CUSTOMER_RESPONSE_DATE</code>, <code>NPS_SCORE</code>, <code>NPS_RATING</code>,{' '}
            <code>comment</code> or <code>email</code>. Type a column’s header here only when yours is called something else.
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
            {PAST_ANSWER_FIELDS.map((field: PastAnswerField) => (
              <TextInput
                key={field}
                label={PAST_ANSWER_FIELD_LABELS[field].label}
                description={PAST_ANSWER_FIELD_LABELS[field].hint}
                placeholder={found?.[field] ? `found: ${found[field]}` : 'recognised from the header'}
                value={value[field] ?? ''}
                disabled={disabled}
                error={errors[field]}
                onChange={(e) => onChange({ ...value, [field]: e.currentTarget.value })}
              />
            ))}
          </SimpleGrid>
        </Stack>
      </Collapse>
    </div>
  );
}

/** The problem the server named, in words: "Date column: the file has no column …". */
function ProblemAlert({ error, dryRun }: { error: unknown; dryRun: boolean }) {
  const fields = isApiError(error) ? error.fieldErrors : [];
  const title = dryRun ? 'The file could not be checked' : 'Nothing was imported';
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlert />} role="alert" data-testid="past-answers-problem">
      {fields.length > 0 ? (
        <Stack gap={4}>
          {fields.map((f) => (
            <Text size="sm" key={`${f.field}-${f.message}`}>
              <Text span fw={600} inherit>
                {fieldName(f.field)}:
              </Text>{' '}
              {f.message}
            </Text>
          ))}
        </Stack>
      ) : (
        <Text size="sm">{isApiError(error) ? error.detail : error instanceof Error ? error.message : 'Something went wrong.'}</Text>
      )}
    </Alert>
  );
}

function fieldName(field: string): string {
  if (field === 'file') return 'File';
  if (field === 'dateFormat') return 'Date format';
  if (field === 'account') return 'Account';
  const column = PAST_ANSWER_FIELDS.find((f) => `${f}Column` === field);
  return column ? `${PAST_ANSWER_FIELD_LABELS[column].label} column` : field;
}

function CheckReport({
  report,
  skipRejected,
  onSkipRejected,
  busy,
  onImport,
}: {
  report: PastAnswerReport;
  skipRejected: boolean;
  onSkipRejected: (skip: boolean) => void;
  busy: boolean;
  onImport: () => void;
}) {
  const blocked = report.rejected > 0 && !skipRejected;
  const nothingNew = report.imported === 0;
  return (
    <Stack gap="lg" data-testid="past-answers-check">
      <div>
        <Title order={2} size="h4" tabIndex={-1} data-report-heading style={{ outline: 'none' }}>
          What an import would do
        </Title>
        <Text size="sm" c="dimmed">
          Nothing has been written yet. {verdict(report)}
        </Text>
      </div>
      <PastAnswerFigures report={report} mode="check" />
      <PastAnswerGroups report={report} />
      <ColumnMap report={report} />
      <RejectedRows report={report} />
      <Stack gap="xs">
        {report.rejected > 0 ? (
          <Checkbox
            label={`Skip the ${plural(report.rejected, 'rejected row')} and import the others`}
            description="Without this, one rejected row stops the whole file and nothing is imported."
            checked={skipRejected}
            disabled={busy || nothingNew}
            onChange={(e) => onSkipRejected(e.currentTarget.checked)}
          />
        ) : null}
        <Group justify="flex-end" gap="sm">
          {nothingNew ? (
            <Text size="sm" c="dimmed">
              Nothing new to import.
            </Text>
          ) : null}
          <Button
            onClick={onImport}
            disabled={blocked || nothingNew || busy}
            loading={busy}
            leftSection={<IconCheck size={16} />}
            color="indigo"
          >
            {nothingNew ? 'Import' : `Import ${plural(report.imported, 'answer')}`}
          </Button>
        </Group>
      </Stack>
    </Stack>
  );
}

function verdict(r: PastAnswerReport): string {
  if (r.imported === 0 && r.skipped > 0 && r.rejected === 0) return 'Every row of this file was imported before.';
  if (r.imported === 0 && r.skipped === 0) return 'No row of this file can be imported; the reasons are below.';
  const parts = [`${plural(r.imported, 'new answer')} can be imported`];
  if (r.skipped > 0) parts.push(`${plural(r.skipped, 'row')} already imported before`);
  if (r.rejected > 0) parts.push(`${plural(r.rejected, 'row')} rejected`);
  return `${parts.join(', ')}.`;
}

function ImportResult({ result, account, onAgain }: { result: PastAnswerReport; account: ChosenAccount | null; onAgain: () => void }) {
  const rejected = result.status === 'rejected';
  const detail: ReactNode[] = [];
  if (result.skipped > 0) detail.push(`${plural(result.skipped, 'row was', 'rows were')} already there and left as they were.`);
  if (result.rejected > 0) detail.push(`${plural(result.rejected, 'rejected row was', 'rejected rows were')} left out.`);
  return (
    <Stack gap="lg" data-testid="past-answers-result">
      {rejected ? (
        <Alert color="red" variant="light" title="Nothing was imported" icon={<IconAlert />} role="alert" tabIndex={-1} data-report-heading>
          {plural(result.rejected, 'row was', 'rows were')} rejected, so the whole file was refused. Tick “Skip the rejected rows” to import
          the others.
        </Alert>
      ) : (
        <Alert
          color="teal"
          variant="light"
          title={`Imported ${plural(result.imported, 'answer')}`}
          icon={<IconCheck />}
          role="status"
          tabIndex={-1}
          data-report-heading
        >
          <Stack gap={6}>
            {detail.length ? <Text size="sm">{detail.join(' ')}</Text> : null}
            <Text size="sm">They now count in each account’s NPS and in Results. Importing the same file again adds nothing.</Text>
          </Stack>
        </Alert>
      )}
      <PastAnswerFigures report={result} mode="result" />
      <PastAnswerGroups report={result} />
      <RejectedRows report={result} />
      <Group justify="space-between" gap="sm">
        <Group gap="md">
          {account && !rejected ? (
            <Anchor
              size="sm"
              renderRoot={(props) => (
                <Link {...props} to="/accounts/$accountId" params={{ accountId: account.id }} search={{ tab: 'assessments' }} />
              )}
            >
              Open {account.name}’s answers
            </Anchor>
          ) : null}
          {!rejected ? (
            <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/assessments/results" />}>
              See the results
            </Anchor>
          ) : null}
        </Group>
        <Button variant="default" onClick={onAgain}>
          Import another file
        </Button>
      </Group>
    </Stack>
  );
}

/** What the file needs, beside the form. */
function FileHelp() {
  return (
    <Paper p="lg" component="aside" aria-label="What the file needs">
      <Title order={2} size="h5" mb="sm">
        What the file needs
      </Title>
      <List size="sm" spacing="xs">
        <List.Item>A header row, then one row per answer.</List.Item>
        <List.Item>
          A <b>date</b> and a <b>score</b> from 0 to 10 in every row.
        </List.Item>
        <List.Item>
          If you have them: a <b>comment</b>, the person’s <b>e-mail</b> or <b>CRM id</b>, and the old tool’s Promoter / Passive / Detractor
          label (it must agree with the score).
        </List.Item>
      </List>
      <Title order={3} size="h6" mt="md" mb={6}>
        Where the answers go
      </Title>
      <Text size="sm" c="gray.8">
        An e-mail or id that matches a stakeholder puts the answer on that stakeholder and updates their measured sentiment. Rows that name
        nobody go to the account you choose and count in its NPS.
      </Text>
      <Title order={3} size="h6" mt="md" mb={6}>
        Safe to repeat
      </Title>
      <Text size="sm" c="gray.8">
        Check a file as often as you like: nothing is written until you import. Importing the same file twice adds nothing the second time.
      </Text>
    </Paper>
  );
}
