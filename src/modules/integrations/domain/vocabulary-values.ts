/**
 * Picklist cells into Rapport's closed vocabularies (src/domain/vocabulary.ts). Accepts the stored
 * value and its label spellings; anything else is refused with the accepted list, never mapped to a
 * near miss.
 */
import {
  KEY_TO_SUCCESS,
  type KeyToSuccess,
  LIFECYCLE_STAGES,
  type LifecycleStage,
  REGIONS,
  type Region,
  SENTIMENTS,
  type Sentiment,
  SIZE_BANDS,
  type SizeBand,
  STAKEHOLDER_STATUSES,
  type StakeholderStatus,
  TIERS,
  type Tier,
} from '../../../domain/vocabulary.ts';
import { normalizeWords } from './normalize.ts';
import { fail, ok, type Parsed } from './values.ts';

function picklist<T extends string>(values: readonly T[], aliases: Record<string, T>, what: string) {
  const lookup = new Map<string, T>();
  for (const v of values) lookup.set(normalizeWords(v), v);
  for (const [alias, v] of Object.entries(aliases)) lookup.set(normalizeWords(alias), v);
  return (raw: string): Parsed<T> => {
    const hit = lookup.get(normalizeWords(raw));
    return hit ? ok(hit) : fail(`"${raw}" is not a known ${what} (${values.join(', ')})`);
  };
}

export const parseTier = picklist<Tier>(TIERS, {}, 'tier');

export const parseKeyToSuccess = picklist<KeyToSuccess>(KEY_TO_SUCCESS, {}, 'key-to-success level');

export const parseSentiment = picklist<Sentiment>(SENTIMENTS, {}, 'sentiment');

export const parseStakeholderStatus = picklist<StakeholderStatus>(STAKEHOLDER_STATUSES, {}, 'stakeholder status');

export const parseLifecycleStage = picklist<LifecycleStage>(LIFECYCLE_STAGES, {}, 'lifecycle stage');

export const parseSizeBand = picklist<SizeBand>(
  SIZE_BANDS,
  { SMB: 'smb', 'small business': 'smb', 'mid-market': 'mid_market', midmarket: 'mid_market', 'large enterprise': 'large_enterprise' },
  'size band',
);

export const parseRegion = picklist<Region>(
  REGIONS,
  {
    NA: 'north_america',
    NAM: 'north_america',
    AMER: 'north_america',
    LATAM: 'latin_america',
    'Europe, Middle East and Africa': 'emea',
    'Asia Pacific': 'apac',
    'Asia-Pacific': 'apac',
  },
  'region',
);

// Country → region for the countries CRM exports name most (names and ISO codes); others leave the region empty and say so.
const COUNTRY_GROUPS: Record<Region, string> = {
  north_america: 'united states|united states of america|usa|us|canada|ca',
  latin_america: 'mexico|mx|brazil|br|argentina|ar|chile|cl|colombia|co|peru|pe|uruguay|uy',
  emea: 'united kingdom|uk|gb|great britain|ireland|ie|germany|de|france|fr|spain|es|portugal|pt|italy|it|netherlands|nl|belgium|be|luxembourg|lu|switzerland|ch|austria|at|sweden|se|norway|no|denmark|dk|finland|fi|poland|pl|czech republic|czechia|cz|israel|il|united arab emirates|uae|ae|saudi arabia|sa|south africa|za|nigeria|ng|kenya|ke|egypt|eg|turkey|tr',
  apac: 'australia|au|new zealand|nz|japan|jp|china|cn|india|in|singapore|sg|hong kong|hk|south korea|korea|kr|taiwan|tw|indonesia|id|malaysia|my|philippines|ph|thailand|th|vietnam|vn',
};
const REGION_BY_COUNTRY = new Map(
  Object.entries(COUNTRY_GROUPS).flatMap(([region, names]) => names.split('|').map((n) => [n, region as Region])),
);

export function regionForCountry(country: string): Region | undefined {
  return REGION_BY_COUNTRY.get(normalizeWords(country));
}
