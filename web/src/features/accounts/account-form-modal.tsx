/** Create or edit an account. Stage changes on an existing account go through "Change stage" instead. */
import { Alert, Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { type FormEvent, useState } from 'react';
import {
  LIFECYCLE_STAGES,
  type LifecycleStage,
  optionsOf,
  REGION_LABELS,
  REGIONS,
  type Region,
  SIZE_BAND_LABELS,
  SIZE_BANDS,
  type SizeBand,
  STAGE_LABELS,
  TIER_LABELS,
  TIERS,
  type Tier,
} from '../../domain/labels.ts';
import { errorMessage, fieldErrorsOf } from '../../lib/api.ts';
import { IconAlert } from '../../ui/icons.tsx';
import { useUserOptions } from '../admin/users-api.ts';
import type { Me } from '../auth/session.ts';
import type { Account, AccountInput } from './accounts-api.ts';

type FormState = {
  name: string;
  tier: Tier | null;
  lifecycleStage: LifecycleStage;
  sizeBand: SizeBand | null;
  region: Region | null;
  industry: string;
  employees: number | '';
  arr: number | '';
  renewalDate: string | null;
  ownerId: string | null;
};

const fromAccount = (a: Account | undefined, me: Me): FormState => ({
  name: a?.name ?? '',
  tier: a?.tier ?? null,
  lifecycleStage: a?.lifecycleStage ?? 'implementation',
  sizeBand: a?.sizeBand ?? null,
  region: a?.region ?? null,
  industry: a?.industry ?? '',
  employees: a?.employees ?? '',
  arr: a?.arr ?? '',
  renewalDate: a?.renewalDate ?? null,
  ownerId: a ? a.ownerId : me.role === 'csm' ? me.id : null,
});

function toInput(f: FormState, includeStage: boolean): AccountInput {
  return {
    name: f.name.trim(),
    tier: f.tier as Tier,
    ...(includeStage ? { lifecycleStage: f.lifecycleStage } : {}),
    sizeBand: f.sizeBand,
    region: f.region,
    industry: f.industry.trim() || null,
    employees: f.employees === '' ? null : f.employees,
    arr: f.arr === '' ? null : f.arr,
    renewalDate: f.renewalDate,
    ownerId: f.ownerId,
  };
}

type Props = {
  opened: boolean;
  onClose: () => void;
  me: Me;
  account?: Account;
  submitting: boolean;
  error: unknown;
  onSubmit: (input: AccountInput) => void;
};

export function AccountFormModal({ opened, onClose, account, me, ...rest }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={account ? `Edit ${account.name}` : 'New account'} size="lg">
      {/* Keyed so the form starts fresh every time it opens. */}
      {opened ? <AccountForm key={account?.id ?? 'new'} account={account} me={me} onCancel={onClose} {...rest} /> : null}
    </Modal>
  );
}

function AccountForm({ account, me, submitting, error, onSubmit, onCancel }: Omit<Props, 'opened' | 'onClose'> & { onCancel: () => void }) {
  const [form, setForm] = useState<FormState>(() => fromAccount(account, me));
  const [missing, setMissing] = useState<Record<string, string>>({});
  const owners = useUserOptions((u) => !u.disabled && u.role !== 'viewer');
  const errors = { ...fieldErrorsOf(error), ...missing };
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm((f) => ({ ...f, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!form.name.trim()) problems.name = 'Enter the account name';
    if (!form.tier) problems.tier = 'Choose a tier';
    setMissing(problems);
    if (Object.keys(problems).length === 0) onSubmit(toInput(form, !account));
  };

  const generalError = error && Object.keys(fieldErrorsOf(error)).length === 0 ? errorMessage(error) : null;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {generalError ? (
          <Alert color="red" variant="light" icon={<IconAlert />} role="alert">
            {generalError}
          </Alert>
        ) : null}
        <TextInput
          label="Account name"
          required
          data-autofocus
          value={form.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={errors.name}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <Select
            label="Tier"
            required
            data={optionsOf(TIERS, TIER_LABELS)}
            value={form.tier}
            onChange={(v) => set('tier', v as Tier | null)}
            error={errors.tier}
            allowDeselect={false}
          />
          {account ? null : (
            <Select
              label="Lifecycle stage"
              data={optionsOf(LIFECYCLE_STAGES, STAGE_LABELS)}
              value={form.lifecycleStage}
              onChange={(v) => v && set('lifecycleStage', v as LifecycleStage)}
              error={errors.lifecycleStage}
              allowDeselect={false}
            />
          )}
          <NumberInput
            label="ARR"
            description="Annual recurring revenue, USD"
            prefix="$"
            thousandSeparator=","
            min={0}
            allowNegative={false}
            decimalScale={0}
            value={form.arr}
            onChange={(v) => set('arr', typeof v === 'number' ? v : '')}
            error={errors.arr}
          />
          <DateInput
            label="Renewal date"
            description="Next contract renewal"
            valueFormat="D MMM YYYY"
            clearable
            value={form.renewalDate}
            onChange={(v) => set('renewalDate', v)}
            error={errors.renewalDate}
          />
          <Select
            label="Owner (CSM)"
            placeholder="Unassigned"
            searchable
            clearable
            data={owners.options}
            value={form.ownerId}
            onChange={(v) => set('ownerId', v)}
            error={errors.ownerId}
            nothingFoundMessage="No matching user"
          />
          <Select
            label="Region"
            placeholder="Not set"
            clearable
            data={optionsOf(REGIONS, REGION_LABELS)}
            value={form.region}
            onChange={(v) => set('region', v as Region | null)}
            error={errors.region}
          />
          <Select
            label="Size band"
            placeholder="Not set"
            clearable
            data={optionsOf(SIZE_BANDS, SIZE_BAND_LABELS)}
            value={form.sizeBand}
            onChange={(v) => set('sizeBand', v as SizeBand | null)}
            error={errors.sizeBand}
          />
          <TextInput
            label="Industry"
            value={form.industry}
            onChange={(e) => set('industry', e.currentTarget.value)}
            error={errors.industry}
          />
          <NumberInput
            label="Employees"
            min={0}
            allowNegative={false}
            decimalScale={0}
            thousandSeparator=","
            value={form.employees}
            onChange={(v) => set('employees', typeof v === 'number' ? v : '')}
            error={errors.employees}
          />
        </SimpleGrid>
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={submitting}>
            {account ? 'Save changes' : 'Create account'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
