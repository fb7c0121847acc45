/** The accounts list view lives in the URL, so a link reproduces it. */
import { LIFECYCLE_STAGES, REGIONS, SIZE_BANDS, TIERS } from '../../domain/labels.ts';
import type { AccountListParams } from './accounts-api.ts';

export const RENEWAL_WINDOWS = [30, 60, 90, 180] as const;
export const SORTABLE = ['name', 'arr', 'renewalDate'] as const;
export type SortableColumn = (typeof SORTABLE)[number];

export type AccountsSearch = {
  q?: string;
  tier?: string;
  stage?: string;
  region?: string;
  sizeBand?: string;
  owner?: string;
  renewal?: number;
  sort?: SortableColumn;
  order?: 'asc' | 'desc';
};

const listOf = (value: unknown, allowed: readonly string[]): string | undefined => {
  if (typeof value !== 'string') return undefined;
  const parts = value.split(',').filter((p) => allowed.includes(p));
  return parts.length ? parts.join(',') : undefined;
};

export function validateAccountsSearch(raw: Record<string, unknown>): AccountsSearch {
  const renewal = Number(raw.renewal);
  const sort = SORTABLE.find((s) => s === raw.sort);
  return {
    q: raw.q != null && String(raw.q).trim() ? String(raw.q) : undefined,
    tier: listOf(raw.tier, TIERS),
    stage: listOf(raw.stage, LIFECYCLE_STAGES),
    region: listOf(raw.region, REGIONS),
    sizeBand: listOf(raw.sizeBand, SIZE_BANDS),
    owner: typeof raw.owner === 'string' && raw.owner ? raw.owner : undefined,
    renewal: (RENEWAL_WINDOWS as readonly number[]).includes(renewal) ? renewal : undefined,
    sort,
    order: raw.order === 'desc' ? 'desc' : raw.order === 'asc' ? 'asc' : undefined,
  };
}

export const splitList = (value: string | undefined): string[] => (value ? value.split(',') : []);
export const joinList = (values: string[]): string | undefined => (values.length ? values.join(',') : undefined);

export function toListParams(search: AccountsSearch): AccountListParams {
  return {
    q: search.q,
    tier: search.tier,
    stage: search.stage,
    region: search.region,
    sizeBand: search.sizeBand,
    ownerId: search.owner,
    renewalWithinDays: search.renewal,
    sort: search.sort ?? 'name',
    order: search.order ?? 'asc',
  };
}

export const hasFilters = (s: AccountsSearch) => Boolean(s.q || s.tier || s.stage || s.region || s.sizeBand || s.owner || s.renewal);
