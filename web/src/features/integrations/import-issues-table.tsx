/** Row problems: file, row, column, value and reason, a page at a time. The server sends the first 500. */
import { Group, Pagination, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { ImportIssue } from './imports-api.ts';

const PAGE = 10;

type Props = { issues: ImportIssue[]; total: number; kind: 'error' | 'warning'; testId?: string };

export function ImportIssuesTable({ issues, total, kind, testId }: Props) {
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(issues.length / PAGE));
  const current = Math.min(page, pages);
  const shown = issues.slice((current - 1) * PAGE, current * PAGE);
  const withFile = issues.some((i) => i.file);
  return (
    <>
      <Table.ScrollContainer minWidth={640} type="native">
        <Table data-testid={testId} style={{ tableLayout: 'auto' }}>
          <Table.Thead className="rp-table-head">
            <Table.Tr>
              {withFile ? <Table.Th>File</Table.Th> : null}
              <Table.Th className="rp-num">Row</Table.Th>
              <Table.Th>Column</Table.Th>
              <Table.Th>Value</Table.Th>
              <Table.Th>{kind === 'error' ? 'Problem' : 'Note'}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((i) => (
              <Table.Tr key={`${i.file}|${i.row}|${i.column}|${i.reason}`}>
                {withFile ? (
                  <Table.Td>
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {i.file ?? '—'}
                    </Text>
                  </Table.Td>
                ) : null}
                <Table.Td className="rp-num">{i.row > 0 ? i.row : '—'}</Table.Td>
                <Table.Td>{i.column || '—'}</Table.Td>
                <Table.Td>
                  {i.value || !i.column ? (
                    <Text span size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                      {i.value || '—'}
                    </Text>
                  ) : (
                    <Text span size="sm" c="dimmed">
                      (empty)
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={kind === 'error' ? 'red.8' : undefined}>
                    {i.reason}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="space-between" px="md" py="sm" gap="sm">
        <Text size="xs" c="dimmed">
          {issues.length < total
            ? `Showing the first ${issues.length.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}`
            : `${total.toLocaleString('en-US')} in all`}
        </Text>
        {pages > 1 ? <Pagination size="sm" total={pages} value={current} onChange={setPage} aria-label={`${kind} pages`} /> : null}
      </Group>
    </>
  );
}
