/** Previous / next over a forward-only cursor API, keeping a stack of the cursors already visited. */
import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { IconArrowLeft, IconArrowRight } from './icons.tsx';

export type CursorStack = {
  cursor: string | undefined;
  page: number;
  next: (cursor: string) => void;
  previous: () => void;
  reset: () => void;
};

/** `resetKey` changes when filters change: paging starts again from the first page. */
export function useCursorStack(resetKey: string): CursorStack {
  const [state, setState] = useState<{ key: string; stack: string[] }>({ key: resetKey, stack: [] });
  const stack = state.key === resetKey ? state.stack : [];
  if (state.key !== resetKey) setState({ key: resetKey, stack: [] });
  return {
    cursor: stack.at(-1),
    page: stack.length,
    next: (cursor) => setState({ key: resetKey, stack: [...stack, cursor] }),
    previous: () => setState({ key: resetKey, stack: stack.slice(0, -1) }),
    reset: () => setState({ key: resetKey, stack: [] }),
  };
}

type Props = {
  pager: CursorStack;
  nextCursor: string | null | undefined;
  shown: number;
  pageSize: number;
  total: number | undefined;
  noun: string;
};

/** "accounts" → "account", "people" → "person": the nouns the pager is given are plurals. */
function singular(noun: string): string {
  if (noun === 'people') return 'person';
  return noun.endsWith('s') ? noun.slice(0, -1) : noun;
}

export function CursorPager({ pager, nextCursor, shown, pageSize, total, noun }: Props) {
  const from = shown === 0 ? 0 : pager.page * pageSize + 1;
  const to = pager.page * pageSize + shown;
  const hasPrevious = pager.page > 0;
  if (!hasPrevious && !nextCursor) {
    return total != null ? (
      <Text size="sm" c="dimmed" mt="sm">
        {total} {total === 1 ? singular(noun) : noun}
      </Text>
    ) : null;
  }
  return (
    <Group justify="space-between" mt="sm">
      <Text size="sm" c="dimmed" aria-live="polite">
        {from}–{to} of {total ?? '…'} {noun}
      </Text>
      <Group gap="xs">
        <Button variant="default" size="xs" leftSection={<IconArrowLeft size={14} />} disabled={!hasPrevious} onClick={pager.previous}>
          Previous
        </Button>
        <Button
          variant="default"
          size="xs"
          rightSection={<IconArrowRight size={14} />}
          disabled={!nextCursor}
          onClick={() => nextCursor && pager.next(nextCursor)}
        >
          Next
        </Button>
      </Group>
    </Group>
  );
}
