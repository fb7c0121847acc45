/** Portfolio filters for the heat map and the gap summary; every change goes to the URL. */
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
import { AccountSearchInput, listFilterProps, OwnerSelect } from '../accounts/account-filter-fields.tsx';
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

export function CoverageFilters({ search, onChange, onClear, withSort = false }: Props) {
  const multi = (key: 'tier' | 'stage' | 'region' | 'sizeBand') => listFilterProps(search[key], (list) => onChange({ [key]: list }));

  return (
    <SimpleGrid cols={{ base: 1, xs: 2, sm: 4 }} spacing="sm" mb="md" role="search" aria-label="Filter accounts">
      <AccountSearchInput value={search.q} placeholder="Name" onSearch={(q) => onChange({ q })} />
      <MultiSelect label="Tier" placeholder="All tiers" data={optionsOf(TIERS, TIER_LABELS)} {...multi('tier')} />
      <MultiSelect label="Size band" placeholder="All sizes" data={optionsOf(SIZE_BANDS, SIZE_BAND_LABELS)} {...multi('sizeBand')} />
      <MultiSelect label="Region" placeholder="All regions" data={optionsOf(REGIONS, REGION_LABELS)} {...multi('region')} />
      <MultiSelect label="Stage" placeholder="All stages" data={optionsOf(LIFECYCLE_STAGES, STAGE_LABELS)} {...multi('stage')} />
      <OwnerSelect label="CSM" value={search.owner} onChange={(owner) => onChange({ owner })} />
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
