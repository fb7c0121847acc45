/** Filters for the accounts list; every change goes to the URL so the view can be shared. */
import { Button, Group, MultiSelect, Select, SimpleGrid } from '@mantine/core';
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
import { IconFilterOff } from '../../ui/icons.tsx';
import { AccountSearchInput, listFilterProps, OwnerSelect } from './account-filter-fields.tsx';
import { type AccountsSearch, hasFilters, RENEWAL_WINDOWS } from './account-search.ts';

type Props = { search: AccountsSearch; onChange: (patch: Partial<AccountsSearch>) => void; onClear: () => void };

export function AccountsFilters({ search, onChange, onClear }: Props) {
  const multi = (key: 'tier' | 'stage' | 'region' | 'sizeBand') => listFilterProps(search[key], (list) => onChange({ [key]: list }));

  return (
    <SimpleGrid cols={{ base: 1, xs: 2, sm: 3, lg: 4 }} spacing="sm" mb="md" role="search" aria-label="Filter accounts">
      <AccountSearchInput value={search.q} placeholder="Account name" onSearch={(q) => onChange({ q })} />
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
      <OwnerSelect label="Owner" value={search.owner} onChange={(owner) => onChange({ owner })} />
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
