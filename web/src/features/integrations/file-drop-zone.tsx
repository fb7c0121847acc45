/** A drop area for export files: click or press Enter to browse, or drop files on it. Chosen files are listed with their sizes. */
import { ActionIcon, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { type DragEvent, useId, useRef, useState } from 'react';
import { IconNote, IconPlus, IconTrash } from '../../ui/icons.tsx';
import { fileSize } from './import-labels.ts';

const ACCEPTED = /\.(csv|json)$/i;

type Props = { files: File[]; onChange: (files: File[]) => void; disabled?: boolean; onRejected?: (names: string[]) => void };

const sameFile = (a: File, b: File) => a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;

export function FileDropZone({ files, onChange, disabled, onRejected }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const hintId = useId();

  const add = (list: FileList | null) => {
    const chosen = Array.from(list ?? []);
    const rejected = chosen.filter((f) => !ACCEPTED.test(f.name)).map((f) => f.name);
    if (rejected.length > 0) onRejected?.(rejected);
    // A file chosen again replaces itself instead of being sent twice.
    const fresh = chosen.filter((f) => ACCEPTED.test(f.name));
    onChange([...files.filter((f) => !fresh.some((n) => n.name === f.name)), ...fresh]);
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (!disabled) add(e.dataTransfer.files);
  };

  return (
    <Stack gap="sm">
      <UnstyledButton
        className="rp-drop-zone"
        data-over={over || undefined}
        data-disabled={disabled || undefined}
        disabled={disabled}
        aria-describedby={hintId}
        onClick={() => input.current?.click()}
        onDragOver={(e) => {
          e.preventDefault();
          if (!disabled) setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <Stack gap={6} align="center">
          <IconPlus size={26} />
          <Text fw={600}>Drop export files here, or click to choose</Text>
          <Text size="sm" c="dimmed" id={hintId} ta="center">
            CSV or JSON · several files at once, e.g. accounts and contacts, or an sObject tree with its plan
          </Text>
        </Stack>
      </UnstyledButton>
      <input
        ref={input}
        type="file"
        multiple
        accept=".csv,.json"
        hidden
        data-testid="import-file-input"
        onChange={(e) => {
          add(e.currentTarget.files);
          e.currentTarget.value = '';
        }}
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
