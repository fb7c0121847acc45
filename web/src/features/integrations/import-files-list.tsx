/** Per file: what Rapport thinks it is (and why), how many rows are valid, and which columns it ignores. */
import { Anchor, Badge, Collapse, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { formatLabel, plural } from './import-labels.ts';
import type { ImportFileReport } from './imports-api.ts';

export function ImportFilesList({ files }: { files: ImportFileReport[] }) {
  return (
    <Stack gap="sm" data-testid="import-files">
      {files.map((f) => (
        <FileCard key={f.file} file={f} />
      ))}
    </Stack>
  );
}

function FileCard({ file }: { file: ImportFileReport }) {
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
      {file.unknownColumns.length > 0 ? (
        <Text size="sm" c="dimmed" mt="xs">
          {plural(file.unknownColumns.length, 'column')} not used by Rapport (ignored): {file.unknownColumns.join(', ')}
        </Text>
      ) : null}
    </Paper>
  );
}
