import { Paper, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { AccountsSearch } from '../accounts/account-search.ts';

type Props = { label: string; value: ReactNode; hint?: ReactNode; color?: string; search?: AccountsSearch };

/** A number worth a glance; with `search` it opens the matching accounts list. */
export function StatCard({ label, value, hint, color, search }: Props) {
  const body = (
    <>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.03em' }}>
        {label}
      </Text>
      <Text size="1.75rem" fw={700} c={color} mt={4} style={{ fontVariantNumeric: 'tabular-nums', lineHeight: 1.2 }}>
        {value}
      </Text>
      {hint ? (
        <Text size="xs" c="dimmed" mt={2}>
          {hint}
        </Text>
      ) : null}
    </>
  );
  if (!search) return <Paper p="md">{body}</Paper>;
  return (
    <Paper
      p="md"
      renderRoot={(props) => <Link {...props} to="/accounts" search={search} />}
      className="rp-stat-link"
      style={{ display: 'block', textDecoration: 'none', color: 'inherit' }}
    >
      {body}
    </Paper>
  );
}
