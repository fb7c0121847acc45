/** How to read the files: the date format, the tier for new accounts, and whether invalid rows block the import. */
import { Select, SimpleGrid, Stack, Switch } from '@mantine/core';
import { optionsOf, TIER_LABELS, TIERS, type Tier } from '../../domain/labels.ts';
import type { DateFormat, ImportOptions } from './imports-api.ts';

const DATE_FORMATS: { value: DateFormat; label: string }[] = [
  { value: 'auto', label: 'Auto — decided only when unambiguous' },
  { value: 'iso', label: 'ISO (YYYY-MM-DD)' },
  { value: 'us', label: 'US (MM/DD/YYYY)' },
  { value: 'eu', label: 'EU (DD/MM/YYYY)' },
];

type Props = { value: ImportOptions; onChange: (value: ImportOptions) => void; disabled?: boolean };

export function ImportOptionsForm({ value, onChange, disabled }: Props) {
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Select
          label="Date format"
          description="Dates such as 03/04/2024 are never guessed: with Auto, an ambiguous file is reported so you can choose."
          data={DATE_FORMATS}
          value={value.dateFormat}
          allowDeselect={false}
          disabled={disabled}
          onChange={(v) => v && onChange({ ...value, dateFormat: v as DateFormat })}
        />
        <Select
          label="Tier for new accounts"
          description="Used when a file has no tier column; accounts already in Rapport keep theirs."
          data={optionsOf(TIERS, TIER_LABELS)}
          value={value.tier}
          allowDeselect={false}
          disabled={disabled}
          onChange={(v) => v && onChange({ ...value, tier: v as Tier })}
        />
      </SimpleGrid>
      <Switch
        label="Skip invalid rows"
        description="Off (recommended for a first import): a single invalid row writes nothing at all. On: valid rows are written and invalid rows are listed."
        checked={value.skipInvalid}
        disabled={disabled}
        onChange={(e) => onChange({ ...value, skipInvalid: e.currentTarget.checked })}
      />
    </Stack>
  );
}
