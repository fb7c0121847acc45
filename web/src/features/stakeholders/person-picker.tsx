/** Finds an existing person by name or e-mail (server-side search). */
import { Group, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { IconSearch } from '../../ui/icons.tsx';
import { type PersonListItem, peopleQuery } from '../people/people-api.ts';

type Props = {
  value: PersonListItem | null;
  onChange: (person: PersonListItem | null) => void;
  error?: string;
  excludeIds?: string[];
};

export function PersonPicker({ value, onChange, error, excludeIds = [] }: Props) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const people = useQuery(peopleQuery({ q: debounced || undefined, limit: 20 }));
  const items = (people.data?.items ?? []).filter((p) => !excludeIds.includes(p.id) || p.id === value?.id);
  const byId = new Map(items.map((p) => [p.id, p]));
  if (value) byId.set(value.id, value);
  const data = [...byId.values()].map((p) => ({ value: p.id, label: p.fullName }));

  return (
    <Select
      label="Person"
      description="Search by name or e-mail"
      placeholder="Start typing a name"
      required
      searchable
      clearable
      data-autofocus
      leftSection={<IconSearch size={16} />}
      data={data}
      value={value?.id ?? null}
      onChange={(id) => onChange(id ? (byId.get(id) ?? null) : null)}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={people.isFetching ? 'Searching…' : 'Nobody found — add them as a new person'}
      error={error}
      renderOption={({ option }) => {
        const p = byId.get(option.value);
        return (
          <div>
            <Text size="sm" fw={500}>
              {option.label}
            </Text>
            {p ? (
              <Group gap={6}>
                <Text size="xs" c="dimmed">
                  {[p.title, p.email].filter(Boolean).join(' · ') || 'No title or e-mail'}
                </Text>
                {p.accounts > 0 ? (
                  <Text size="xs" c="dimmed">
                    · {p.accounts} account{p.accounts === 1 ? '' : 's'}
                  </Text>
                ) : null}
              </Group>
            ) : null}
          </div>
        );
      }}
    />
  );
}
