import { Badge } from '@mantine/core';
import type { Severity } from './coverage-api.ts';
import { SEVERITY_COLORS, SEVERITY_LABELS } from './coverage-labels.ts';

/** Critical is filled so it stands out in a list of light badges. */
export function SeverityBadge({ severity, size = 'sm' }: { severity: Severity; size?: 'xs' | 'sm' | 'md' }) {
  return (
    <Badge
      color={SEVERITY_COLORS[severity]}
      variant={severity === 'critical' ? 'filled' : 'light'}
      size={size}
      radius="sm"
      style={severity === 'medium' ? { color: 'var(--mantine-color-yellow-9)' } : undefined}
    >
      {SEVERITY_LABELS[severity]}
    </Badge>
  );
}
