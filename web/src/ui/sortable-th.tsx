/** A table header cell that sorts on click or Enter and tells assistive tech its state (aria-sort). */
import { Table, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { IconChevronDown, IconChevronUp, IconSelector } from './icons.tsx';

export type SortOrder = 'asc' | 'desc';

type Props = {
  children: ReactNode;
  active: boolean;
  order: SortOrder;
  onSort: () => void;
  align?: 'left' | 'right';
  width?: number | string;
};

export function SortableTh({ children, active, order, onSort, align = 'left', width }: Props) {
  const Icon = !active ? IconSelector : order === 'asc' ? IconChevronUp : IconChevronDown;
  return (
    <Table.Th
      aria-sort={active ? (order === 'asc' ? 'ascending' : 'descending') : 'none'}
      style={{ textAlign: align, width, whiteSpace: 'nowrap' }}
    >
      <UnstyledButton onClick={onSort} className="rp-sort-button" style={{ flexDirection: align === 'right' ? 'row-reverse' : 'row' }}>
        <span>{children}</span>
        <Icon size={14} style={{ opacity: active ? 1 : 0.45 }} />
      </UnstyledButton>
    </Table.Th>
  );
}
