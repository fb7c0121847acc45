/** Stakeholders of one account; the actions menu edits, shows history, or marks someone as left. */
import { ActionIcon, Group, Menu, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { daysAgo, formatDate, formatDateTime } from '../../lib/format.ts';
import { IconDoorExit, IconDots, IconHistory, IconPencil } from '../../ui/icons.tsx';
import { ScaleDots } from '../../ui/scale-dots.tsx';
import { KeyToSuccessBadge, PersonaBadges, SentimentCell } from './stakeholder-badges.tsx';
import type { Stakeholder } from './stakeholders-api.ts';

type Props = {
  items: Stakeholder[];
  variant: 'active' | 'left';
  writable: boolean;
  onEdit: (s: Stakeholder) => void;
  onHistory: (s: Stakeholder) => void;
  onLeave: (s: Stakeholder) => void;
};

export function StakeholdersTable({ items, variant, writable, onEdit, onHistory, onLeave }: Props) {
  const left = variant === 'left';
  return (
    <Table.ScrollContainer minWidth={740} type="native">
      <Table data-testid={left ? 'left-stakeholders-table' : 'stakeholders-table'} highlightOnHover={!left}>
        <Table.Thead className="rp-table-head">
          <Table.Tr>
            <Table.Th>Stakeholder</Table.Th>
            <Table.Th>Personas</Table.Th>
            <Table.Th visibleFrom="md">Key to success</Table.Th>
            <Table.Th>Sentiment</Table.Th>
            <Table.Th>Relationship</Table.Th>
            <Table.Th>{left ? 'Left' : 'Last engaged'}</Table.Th>
            <Table.Th style={{ width: 48 }}>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((s) => (
            <Table.Tr key={s.id} className={left ? 'rp-row-dimmed' : undefined} style={left ? { opacity: 0.75 } : undefined}>
              <Table.Td style={{ minWidth: 150 }}>
                <Text size="sm" fw={600}>
                  {s.person.fullName}
                </Text>
                <Text size="xs" c="dimmed" lineClamp={2}>
                  {s.person.title || 'No title'}
                </Text>
                {s.person.email ? (
                  <Text size="xs" c="dimmed" lineClamp={1} style={{ wordBreak: 'break-all' }} visibleFrom="md">
                    {s.person.email}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td style={{ maxWidth: 220 }}>
                <PersonaBadges personas={s.personas} />
                {/* Narrow screens: key to success joins the personas instead of taking a column. */}
                <Group gap={4} mt={6} hiddenFrom="md" wrap="nowrap">
                  <Text size="xs" c="dimmed">
                    Key:
                  </Text>
                  <KeyToSuccessBadge value={s.keyToSuccess} />
                </Group>
              </Table.Td>
              <Table.Td visibleFrom="md">
                <KeyToSuccessBadge value={s.keyToSuccess} />
              </Table.Td>
              <Table.Td>
                <SentimentCell
                  sentiment={s.assessedSentiment}
                  at={s.assessedSentimentAt}
                  byName={s.assessedSentimentByName}
                  reason={s.assessedSentimentReason}
                  measured={s.measuredSentiment}
                  onOpenHistory={() => onHistory(s)}
                />
              </Table.Td>
              <Table.Td>
                <Stack gap={4}>
                  <RatingLine label="Strength" value={s.relationshipStrength} full="Relationship strength" />
                  <RatingLine label="Rapport" value={s.personalRapport} full="Personal rapport" />
                </Stack>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {left ? (
                  <Text size="sm">{formatDate(s.leftAt)}</Text>
                ) : (
                  <Text
                    size="sm"
                    c={s.lastEngagedAt ? undefined : 'dimmed'}
                    title={s.lastEngagedAt ? formatDateTime(s.lastEngagedAt) : 'No touchpoint with this stakeholder yet'}
                  >
                    {daysAgo(s.lastEngagedAt)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Menu position="bottom-end" shadow="md" withinPortal>
                  <Menu.Target>
                    <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${s.person.fullName}`}>
                      <IconDots />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    {writable && !left ? (
                      <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => onEdit(s)}>
                        Edit
                      </Menu.Item>
                    ) : null}
                    <Menu.Item leftSection={<IconHistory size={16} />} onClick={() => onHistory(s)}>
                      History
                    </Menu.Item>
                    {writable && !left ? (
                      <>
                        <Menu.Divider />
                        <Menu.Item color="red" leftSection={<IconDoorExit size={16} />} onClick={() => onLeave(s)}>
                          Mark as left…
                        </Menu.Item>
                      </>
                    ) : null}
                  </Menu.Dropdown>
                </Menu>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function RatingLine({ label, value, full }: { label: string; value: number | null; full: string }) {
  return (
    <div style={{ display: 'grid', gridTemplateColumns: '58px auto', alignItems: 'center', gap: 6 }}>
      <Text size="xs" c="dimmed" aria-hidden="true">
        {label}
      </Text>
      <ScaleDots value={value} label={full} />
    </div>
  );
}
