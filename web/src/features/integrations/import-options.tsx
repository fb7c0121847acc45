/**
 * How to read the files: the date format, the tier for new accounts, whether invalid rows block the
 * import, and — for generic CSVs — what they hold and which saved column mapping to start from.
 */
import { Fieldset, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { optionsOf, TIER_LABELS, TIERS, type Tier } from '../../domain/labels.ts';
import type { DateFormat, GenericKind, ImportOptions } from './imports-api.ts';
import { savedMappingsQuery } from './imports-api.ts';

const DATE_FORMATS: { value: DateFormat; label: string }[] = [
  { value: 'auto', label: 'Auto — decided only when unambiguous' },
  { value: 'iso', label: 'ISO (YYYY-MM-DD)' },
  { value: 'us', label: 'US (MM/DD/YYYY)' },
  { value: 'eu', label: 'EU (DD/MM/YYYY)' },
];

const KINDS: { value: GenericKind; label: string }[] = [
  { value: 'auto', label: 'Detect from the columns' },
  { value: 'accounts', label: 'Accounts' },
  { value: 'stakeholders', label: 'Stakeholders' },
  { value: 'touchpoints', label: 'Touchpoints' },
];

const NO_MAPPING = '';

type Props = { value: ImportOptions; onChange: (value: ImportOptions) => void; disabled?: boolean };

export function ImportOptionsForm({ value, onChange, disabled }: Props) {
  const saved = useQuery(savedMappingsQuery());
  const mappings = saved.data ?? [];
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
      <Fieldset legend="Spreadsheets (generic CSV): columns" variant="filled" radius="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <Select
            label="Saved column mapping"
            description="A mapping saved for the source the file comes from."
            data={[
              { value: NO_MAPPING, label: 'None — read the headers' },
              ...mappings.map((m) => ({ value: m.source, label: `${m.source} (${m.kind.replace('_', ' ')})` })),
            ]}
            value={value.savedMapping ?? NO_MAPPING}
            allowDeselect={false}
            disabled={disabled}
            onChange={(v) => onChange({ ...value, savedMapping: v ? v : null })}
          />
          <Select
            label="The files hold"
            description="Say it when the columns do not."
            data={KINDS}
            value={value.kind}
            allowDeselect={false}
            disabled={disabled}
            onChange={(v) => v && onChange({ ...value, kind: v as GenericKind })}
          />
          <TextInput
            label="Save the mapping as"
            description="A source name, e.g. zendesk: saved when the files read."
            placeholder="zendesk"
            value={value.saveMappingAs}
            disabled={disabled}
            onChange={(e) => onChange({ ...value, saveMappingAs: e.currentTarget.value })}
          />
        </SimpleGrid>
      </Fieldset>
    </Stack>
  );
}
