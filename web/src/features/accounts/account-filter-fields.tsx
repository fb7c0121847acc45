/** Filter fields shared by every view that filters accounts (accounts list, heat map, gap summary). */
import { Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { IconSearch } from '../../ui/icons.tsx';
import { useUserOptions } from '../admin/users-api.ts';
import { joinList, splitList } from './account-search.ts';

/** Text search that updates the URL as the user pauses typing, and follows the URL on back/forward or clear. */
export function AccountSearchInput({
  value,
  placeholder,
  onSearch,
}: {
  value: string | undefined;
  placeholder: string;
  onSearch: (q: string | undefined) => void;
}) {
  const [text, setText] = useState(value ?? '');
  const push = useDebouncedCallback((q: string) => onSearch(q.trim() || undefined), 300);
  useEffect(() => {
    setText((current) => (current.trim() === (value ?? '') ? current : (value ?? '')));
  }, [value]);
  return (
    <TextInput
      label="Search"
      placeholder={placeholder}
      leftSection={<IconSearch size={16} />}
      value={text}
      onChange={(e) => {
        setText(e.currentTarget.value);
        push(e.currentTarget.value);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onSearch(text.trim() || undefined);
      }}
    />
  );
}

/** The account owner (a CSM, leader or admin), or "me". */
export function OwnerSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string | undefined;
  onChange: (owner: string | undefined) => void;
}) {
  const owners = useUserOptions((u) => u.role === 'csm' || u.role === 'leader' || u.role === 'admin');
  return (
    <Select
      label={label}
      placeholder="Anyone"
      searchable
      clearable
      data={[{ value: 'me', label: 'Me' }, ...owners.options]}
      value={value ?? null}
      onChange={(v) => onChange(v ?? undefined)}
      nothingFoundMessage="No matching user"
    />
  );
}

/** Props for a MultiSelect whose value lives in the URL as a comma-separated list. */
export function listFilterProps(value: string | undefined, onChange: (list: string | undefined) => void) {
  return { value: splitList(value), onChange: (values: string[]) => onChange(joinList(values)), clearable: true };
}
