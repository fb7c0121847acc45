/** Created / updated / unchanged per kind of record: what the import would do, or did. */
import { Table, Text } from '@mantine/core';
import { ENTITY_LABELS } from './import-labels.ts';
import { type EntityCounts, IMPORT_ENTITIES, type ImportReport } from './imports-api.ts';

const ZERO: EntityCounts = { created: 0, updated: 0, unchanged: 0 };

export function ImportCountsTable({ counts }: { counts: NonNullable<ImportReport['counts']> }) {
  const rows = IMPORT_ENTITIES.map((entity) => ({ entity, ...(counts[entity] ?? ZERO) }));
  const shown = rows.filter((r) => r.created + r.updated + r.unchanged > 0);
  if (shown.length === 0) {
    return (
      <Text size="sm" c="dimmed" p="md">
        The files hold no records to import.
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={420} type="native">
      <Table data-testid="import-counts">
        <Table.Thead className="rp-table-head">
          <Table.Tr>
            <Table.Th>Records</Table.Th>
            <Table.Th className="rp-num">Created</Table.Th>
            <Table.Th className="rp-num">Updated</Table.Th>
            <Table.Th className="rp-num">Unchanged</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((r) => (
            <Table.Tr key={r.entity}>
              <Table.Td fw={500}>{ENTITY_LABELS[r.entity]}</Table.Td>
              <Num value={r.created} color="teal.8" />
              <Num value={r.updated} color="indigo.7" />
              <Num value={r.unchanged} />
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Num({ value, color }: { value: number; color?: string }) {
  return (
    <Table.Td className="rp-num">
      <Text span size="sm" fw={value > 0 && color ? 700 : 400} c={value > 0 ? color : 'dimmed'}>
        {value.toLocaleString('en-US')}
      </Text>
    </Table.Td>
  );
}

export function totalsOf(counts: ImportReport['counts']) {
  const all = Object.values(counts ?? {});
  return {
    created: all.reduce((n, c) => n + c.created, 0),
    updated: all.reduce((n, c) => n + c.updated, 0),
    unchanged: all.reduce((n, c) => n + c.unchanged, 0),
  };
}
