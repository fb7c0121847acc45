/** Filters for the accounts list; every change goes to the URL so the view can be shared. */
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
import { type AccountsSearch, hasFilters, joinList, RENEWAL_WINDOWS, splitList } from './account-search.ts';

type Props = { search: AccountsSearch; onChange: (patch: Partial<AccountsSearch>) => void; onClear: () => void };

export function AccountsFilters({ search, onChange, onClear }: Props) {
  const [text, setText] = useState(search.q ?? '');
  const owners = useUserOptions((u) => u.role === 'csm' || u.role === 'leader' || u.role === 'admin');
  const pushText = useDebouncedCallback((q: string) => onChange({ q: q.trim() || undefined }), 300);

  // Back/forward or "Clear filters" change the URL: follow it, without fighting the user's typing.
  useEffect(() => {
    setText((current) => (current.trim() === (search.q ?? '') ? current : (search.q ?? '')));
  }, [search.q]);

  const multi = (key: 'tier' | 'stage' | 'region' | 'sizeBand') => ({
    value: splitList(search[key]),
    onChange: (values: string[]) => onChange({ [key]: joinList(values) }),
    clearable: true,
  });

  return (
    <SimpleGrid cols={{ base: 1, xs: 2, sm: 3, lg: 4 }} spacing="sm" mb="md" role="search" aria-label="Filter accounts">
      <TextInput
        label="Search"
        placeholder="Account name"
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
      <MultiSelect label="Lifecycle stage" placeholder="All stages" data={optionsOf(LIFECYCLE_STAGES, STAGE_LABELS)} {...multi('stage')} />
      <Select
        label="Renewal"
        placeholder="Any time"
        clearable
        data={RENEWAL_WINDOWS.map((d) => ({ value: String(d), label: `In the next ${d} days` }))}
        value={search.renewal ? String(search.renewal) : null}
        onChange={(v) => onChange({ renewal: v ? Number(v) : undefined })}
      />
      <Select
        label="Owner"
        placeholder="Anyone"
        searchable
        clearable
        data={[{ value: 'me', label: 'Me' }, ...owners.options]}
        value={search.owner ?? null}
        onChange={(v) => onChange({ owner: v ?? undefined })}
        nothingFoundMessage="No matching user"
      />
      <MultiSelect label="Region" placeholder="All regions" data={optionsOf(REGIONS, REGION_LABELS)} {...multi('region')} />
      <MultiSelect label="Size band" placeholder="All sizes" data={optionsOf(SIZE_BANDS, SIZE_BAND_LABELS)} {...multi('sizeBand')} />
      <Group align="flex-end">
        <Button variant="subtle" color="gray" leftSection={<IconFilterOff size={16} />} onClick={onClear} disabled={!hasFilters(search)}>
          Clear filters
        </Button>
      </Group>
    </SimpleGrid>
  );
}
