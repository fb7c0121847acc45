/** A drop area for export files: click or press Enter to browse, or drop files on it. Chosen files are listed with their sizes. */
import { ActionIcon, Group, Paper, Stack, Text } from '@mantine/core';
import { fileSize } from '../../lib/format.ts';
import { DropArea } from '../../ui/drop-area.tsx';
import { IconNote, IconTrash } from '../../ui/icons.tsx';

const ACCEPTED = /\.(csv|json)$/i;

type Props = { files: File[]; onChange: (files: File[]) => void; disabled?: boolean; onRejected?: (names: string[]) => void };

const sameFile = (a: File, b: File) => a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;

export function FileDropZone({ files, onChange, disabled, onRejected }: Props) {
  const add = (chosen: File[]) => {
    const rejected = chosen.filter((f) => !ACCEPTED.test(f.name)).map((f) => f.name);
    if (rejected.length > 0) onRejected?.(rejected);
    // A file chosen again replaces itself instead of being sent twice.
    const fresh = chosen.filter((f) => ACCEPTED.test(f.name));
    onChange([...files.filter((f) => !fresh.some((n) => n.name === f.name)), ...fresh]);
  };

  return (
    <Stack gap="sm">
      <DropArea
        title="Drop export files here, or click to choose"
        hint="CSV or JSON · several files at once, e.g. accounts and contacts, or an sObject tree with its plan"
        accept=".csv,.json"
        multiple
        disabled={disabled}
        testId="import-file-input"
        onFiles={add}
      />
      {files.length > 0 ? (
        <Paper p={0} component="ul" aria-label="Chosen files" className="rp-file-list">
          {files.map((file) => (
            <Group key={`${file.name}-${file.size}`} component="li" justify="space-between" wrap="nowrap" px="md" py={8} gap="sm">
              <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
                <IconNote size={18} style={{ flexShrink: 0, color: 'var(--mantine-color-gray-6)' }} />
                <Text size="sm" fw={500} truncate>
                  {file.name}
                </Text>
              </Group>
              <Group gap="sm" wrap="nowrap">
                <Text size="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                  {fileSize(file.size)}
                </Text>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={`Remove ${file.name}`}
                  disabled={disabled}
                  onClick={() => onChange(files.filter((f) => !sameFile(f, file)))}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            </Group>
          ))}
        </Paper>
      ) : null}
    </Stack>
  );
}
