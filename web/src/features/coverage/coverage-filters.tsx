/** Portfolio filters for the heat map and the gap summary; every change goes to the URL. */
import { Button, Group, MultiSelect, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import {
  LIFECYCLE_STAGES,
  optionsOf,
  REGION_LABELS,
  REGIONS,
  SIZE_BAND_LABELS,
  SIZE_BANDS,
  STAGE_LABELS,
  TIER_LABELS,
  TIERS,
} from '../../domain/labels.ts';
import { IconFilterOff, IconSearch } from '../../ui/icons.tsx';
import { useUserOptions } from '../admin/users-api.ts';
import type { HeatMapSort } from './coverage-api.ts';
import { type CoverageSearch, hasCoverageFilters } from './coverage-search.ts';

type Props = {
  search: CoverageSearch;
  onChange: (patch: Partial<CoverageSearch>) => void;
  onClear: () => void;
  /** The heat map sorts; the summary does not. */
  withSort?: boolean;
};

const SORT_OPTIONS: { value: HeatMapSort; label: string }[] = [
  { value: 'severity', label: 'Gap severity' },
  { value: 'renewalDate', label: 'Renewal date' },
  { value: 'name', label: 'Account name' },
];

const split = (v: string | undefined) => (v ? v.split(',') : []);
const join = (v: string[]) => (v.length ? v.join(',') : undefined);

export function CoverageFilters({ search, onChange, onClear, withSort = false }: Props) {
  const [text, setText] = useState(search.q ?? '');
  const owners = useUserOptions((u) => u.role === 'csm' || u.role === 'leader' || u.role === 'admin');
  const pushText = useDebouncedCallback((q: string) => onChange({ q: q.trim() || undefined }), 300);
  useEffect(() => {
    setText((current) => (current.trim() === (search.q ?? '') ? current : (search.q ?? '')));
  }, [search.q]);

  const multi = (key: 'tier' | 'stage' | 'region' | 'sizeBand') => ({
    value: split(search[key]),
    onChange: (values: string[]) => onChange({ [key]: join(values) }),
    clearable: true,
  });

  return (
    <SimpleGrid cols={{ base: 1, xs: 2, sm: 4 }} spacing="sm" mb="md" role="search" aria-label="Filter accounts">
      <TextInput
        label="Search"
        placeholder="Name"
        leftSection={<IconSearch size={16} />}
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          pushText(e.currentTarget.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onChange({ q: text.trim() || undefined });
        }}
      />
      <MultiSelect label="Tier" placeholder="All tiers" data={optionsOf(TIERS, TIER_LABELS)} {...multi('tier')} />
      <MultiSelect label="Size band" placeholder="All sizes" data={optionsOf(SIZE_BANDS, SIZE_BAND_LABELS)} {...multi('sizeBand')} />
      <MultiSelect label="Region" placeholder="All regions" data={optionsOf(REGIONS, REGION_LABELS)} {...multi('region')} />
      <MultiSelect label="Stage" placeholder="All stages" data={optionsOf(LIFECYCLE_STAGES, STAGE_LABELS)} {...multi('stage')} />
      <Select
        label="CSM"
        placeholder="Anyone"
        searchable
        clearable
        data={[{ value: 'me', label: 'Me' }, ...owners.options]}
        value={search.owner ?? null}
        onChange={(v) => onChange({ owner: v ?? undefined })}
        nothingFoundMessage="No matching user"
      />
      {withSort ? (
        <Select
          label="Sort by"
          data={SORT_OPTIONS}
          allowDeselect={false}
          value={search.sort ?? 'severity'}
          onChange={(v) => onChange({ sort: v === 'severity' || !v ? undefined : (v as HeatMapSort) })}
        />
      ) : null}
      <Group align="flex-end">
        <Button
          variant="subtle"
          color="gray"
          leftSection={<IconFilterOff size={16} />}
          onClick={onClear}
          disabled={!hasCoverageFilters(search)}
        >
          Clear
        </Button>
      </Group>
    </SimpleGrid>
  );
}
