/**
 * Per file: what Rapport thinks it is (and why), how many rows are valid, and the column mapping —
 * which column feeds which field, which fields the file lacks, which columns are ignored. For a
 * spreadsheet (generic CSV) being previewed, each field's column can be changed.
 */
import { Anchor, Badge, Collapse, Group, List, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { fieldLabel, formatLabel, plural } from './import-labels.ts';
import type { ImportFileReport } from './imports-api.ts';

/** Called when the user picks another column for a field ('' = none) in a generic CSV's mapping. */
export type OnMap = (file: ImportFileReport, field: string, column: string) => void;

export function ImportFilesList({ files, onMap }: { files: ImportFileReport[]; onMap?: OnMap }) {
  return (
    <Stack gap="sm" data-testid="import-files">
      {files.map((f) => (
        <FileCard key={f.file} file={f} onMap={onMap} />
      ))}
    </Stack>
  );
}

function FileCard({ file, onMap }: { file: ImportFileReport; onMap?: OnMap }) {
  const [why, { toggle }] = useDisclosure(false);
  const recognised = file.format != null && file.format.object !== 'unknown';
  return (
    <Paper p="md" component="section" aria-label={file.file}>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
            {file.file}
          </Text>
          <Group gap={6}>
            <Badge variant="light" color={recognised ? 'indigo' : 'red'} radius="sm">
              {formatLabel(file.format)}
            </Badge>
            {file.naturalKeys ? (
              <Badge variant="outline" color="gray" radius="sm">
                No ids · matched by name / e-mail
              </Badge>
            ) : null}
            {file.reasons.length > 0 ? (
              <Anchor component="button" type="button" size="xs" onClick={toggle} aria-expanded={why}>
                {why ? 'Hide why' : 'Why this format?'}
              </Anchor>
            ) : null}
          </Group>
        </Stack>
        <Group gap={6} wrap="wrap">
          <Badge variant="default" radius="sm">
            {plural(file.rows, 'row')}
          </Badge>
          <Badge variant="light" color="teal" radius="sm">
            {file.valid.toLocaleString('en-US')} valid
          </Badge>
          {file.invalid > 0 ? (
            <Badge variant="light" color="red" radius="sm">
              {file.invalid.toLocaleString('en-US')} invalid
            </Badge>
          ) : null}
          {file.skipped > 0 ? (
            <Badge variant="light" color="yellow" radius="sm">
              {file.skipped.toLocaleString('en-US')} skipped
            </Badge>
          ) : null}
        </Group>
      </Group>
      <Collapse expanded={why}>
        <List size="xs" c="dimmed" mt="xs" spacing={2}>
          {file.reasons.map((r) => (
            <List.Item key={r}>{r}</List.Item>
          ))}
        </List>
      </Collapse>
      {file.missingRequired.length > 0 ? (
        <Text size="sm" c="red.8" mt="xs">
          Missing required columns: {file.missingRequired.join(', ')}
        </Text>
      ) : null}
      {recognised && file.fields.length > 0 ? (
        <ColumnMapping file={file} onMap={file.format?.system === 'generic' ? onMap : undefined} />
      ) : null}
      {file.unknownColumns.length > 0 || file.ignoredColumns.length > 0 ? (
        <Text size="sm" c="dimmed" mt="xs" data-testid="import-ignored-columns">
          {plural(file.unknownColumns.length + file.ignoredColumns.length, 'column')} not imported (ignored):{' '}
          {[...file.ignoredColumns, ...file.unknownColumns].join(', ')}
        </Text>
      ) : null}
    </Paper>
  );
}

/** Field ← column, for every field the file feeds; with `onMap`, every field, each with a column picker. */
function ColumnMapping({ file, onMap }: { file: ImportFileReport; onMap?: OnMap }) {
  const mapped = file.fields.filter((f) => file.mapping[f] !== undefined);
  const missing = file.fields.filter((f) => file.mapping[f] === undefined);
  const shown = onMap ? file.fields : mapped;
  const columns = [{ value: '', label: '— not imported' }, ...file.columns.map((c) => ({ value: c, label: c }))];
  return (
    <Stack gap={4} mt="sm">
      <Text size="xs" fw={600} c="dimmed" tt="uppercase">
        Column mapping · {mapped.length} of {plural(file.fields.length, 'field')} fed
      </Text>
      <Table
        withTableBorder
        verticalSpacing={onMap ? 4 : 2}
        fz="sm"
        aria-label={`Column mapping of ${file.file}`}
        data-testid="import-mapping"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="45%">Rapport field</Table.Th>
            <Table.Th>Column in the file</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((field) => (
            <Table.Tr key={field}>
              <Table.Td>{fieldLabel(field)}</Table.Td>
              <Table.Td>
                {onMap ? (
                  <Select
                    size="xs"
                    aria-label={`Column for ${fieldLabel(field)}`}
                    data={columns}
                    value={file.mapping[field] ?? ''}
                    allowDeselect={false}
                    onChange={(v) => onMap(file, field, v ?? '')}
                  />
                ) : (
                  <Text size="sm" ff="monospace">
                    {file.mapping[field]}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {!onMap && missing.length > 0 ? (
        <Text size="xs" c="dimmed">
          Not in the file: {missing.map(fieldLabel).join(', ')}
        </Text>
      ) : null}
    </Stack>
  );
}
