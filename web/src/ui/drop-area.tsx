/** A dashed area to drop files on, or click (or press Enter) to browse; what to do with the files is the caller's. */
import { Stack, Text, UnstyledButton } from '@mantine/core';
import { type DragEvent, forwardRef, useId, useImperativeHandle, useRef, useState } from 'react';
import { IconPlus } from './icons.tsx';

type Props = {
  title: string;
  hint: string;
  /** The file input's accept attribute, e.g. ".csv,.json". */
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  /** Id of an error message shown by the caller; marks the area as in error. */
  errorId?: string;
  testId?: string;
  onFiles: (files: File[]) => void;
};

/** `ref.browse()` opens the file chooser, e.g. from a "Choose another" button elsewhere. */
export type DropAreaHandle = { browse: () => void };

export const DropArea = forwardRef<DropAreaHandle, Props>(function DropArea(
  { title, hint, accept, multiple, disabled, errorId, testId, onFiles },
  ref,
) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const hintId = useId();
  useImperativeHandle(ref, () => ({ browse: () => input.current?.click() }), []);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (!disabled) onFiles(Array.from(e.dataTransfer.files));
  };

  return (
    <>
      <UnstyledButton
        className="rp-drop-zone"
        data-over={over || undefined}
        data-disabled={disabled || undefined}
        data-error={errorId ? true : undefined}
        disabled={disabled}
        aria-describedby={errorId ? `${hintId} ${errorId}` : hintId}
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
          <Text fw={600}>{title}</Text>
          <Text size="sm" c="dimmed" id={hintId} ta="center">
            {hint}
          </Text>
        </Stack>
      </UnstyledButton>
      <input
        ref={input}
        type="file"
        multiple={multiple}
        accept={accept}
        hidden
        data-testid={testId}
        onChange={(e) => {
          onFiles(Array.from(e.currentTarget.files ?? []));
          e.currentTarget.value = '';
        }}
      />
    </>
  );
});
