/** The Coverage page lives in the URL (view, filters, sort), so a link reproduces what a leader is looking at. */
import { LIFECYCLE_STAGES, PERSONAS, type Persona, REGIONS, SIZE_BANDS, TIERS } from '../../domain/labels.ts';
import type { HeatMapSort, PortfolioFilter } from './coverage-api.ts';

export const COVERAGE_VIEWS = ['heat-map', 'summary', 'models'] as const;
export type CoverageView = (typeof COVERAGE_VIEWS)[number];
export const HEAT_MAP_SORTS: readonly HeatMapSort[] = ['severity', 'renewalDate', 'name'];

export type CoverageSearch = {
  view?: CoverageView;
  q?: string;
  tier?: string;
  sizeBand?: string;
  region?: string;
  stage?: string;
  owner?: string;
  sort?: HeatMapSort;
  segment?: string;
};

const listOf = (value: unknown, allowed: readonly string[]): string | undefined => {
  if (typeof value !== 'string') return undefined;
  const parts = value.split(',').filter((p) => allowed.includes(p));
  return parts.length ? parts.join(',') : undefined;
};

export function validateCoverageSearch(raw: Record<string, unknown>): CoverageSearch {
  return {
    view: COVERAGE_VIEWS.find((v) => v === raw.view && v !== 'heat-map'),
    q: raw.q != null && String(raw.q).trim() ? String(raw.q) : undefined,
    tier: listOf(raw.tier, TIERS),
    sizeBand: listOf(raw.sizeBand, SIZE_BANDS),
    region: listOf(raw.region, REGIONS),
    stage: listOf(raw.stage, LIFECYCLE_STAGES),
    owner: typeof raw.owner === 'string' && raw.owner ? raw.owner : undefined,
    sort: HEAT_MAP_SORTS.find((s) => s === raw.sort && s !== 'severity'),
    segment: typeof raw.segment === 'string' && raw.segment ? raw.segment : undefined,
  };
}

export const toPortfolioFilter = (s: CoverageSearch): PortfolioFilter => ({
  q: s.q,
  tier: s.tier,
  sizeBand: s.sizeBand,
  region: s.region,
  stage: s.stage,
  ownerId: s.owner,
});

export const hasCoverageFilters = (s: CoverageSearch) => Boolean(s.q || s.tier || s.sizeBand || s.region || s.stage || s.owner);

/** The account page's deep link: `?persona=champion` opens the Coverage tab at that persona. */
export const validatePersona = (value: unknown): Persona | undefined => PERSONAS.find((p) => p === value);
