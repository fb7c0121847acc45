import { describe, expect, it } from 'vitest';
import { parseBoolean, parseCount, parseEmail, parseNumber, splitMultiValue } from './values.ts';
import { parseRegion, parseSizeBand, parseTier, regionForCountry } from './vocabulary-values.ts';

describe('parseNumber', () => {
  it.each([
    ['1234', '.', 1234],
    ['$1,234.56', '.', 1234.56],
    ['USD 2,500,000', '.', 2_500_000],
    ['(1,200)', '.', -1200],
    ['-15.5', '.', -15.5],
    ['1 234,56 €', ',', 1234.56],
    ['250.000,50', ',', 250000.5],
    ['1.200', ',', 1200],
    ['0', '.', 0],
  ] as const)('%s with decimal "%s" → %s', (raw, decimalSeparator, value) => {
    expect(parseNumber(raw, { decimalSeparator })).toEqual({ ok: true, value });
  });

  it.each([
    ['12k', 'not a number'],
    ['1,5', 'state it'], // a decimal comma is never guessed
    ['1,23,456', 'group in threes'],
    ['1.2.3', 'more than one decimal separator'],
    ['', 'not a number'],
  ])('refuses %s (%s)', (raw, reason) => {
    const parsed = parseNumber(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(reason);
  });
});

describe('parseCount', () => {
  it('reads employees with thousands separators', () => expect(parseCount('1,200')).toEqual({ ok: true, value: 1200 }));
  it.each(['51-200', '12.5', '-3'])('refuses %s', (raw) => expect(parseCount(raw).ok).toBe(false));
  it('says a range is a range', () => expect(parseCount('51-200')).toEqual({ ok: false, reason: '"51-200" is a range, not a count' }));
});

describe('parseBoolean (IsPrimary, IsActive)', () => {
  it.each([
    ['true', true],
    ['TRUE', true],
    ['1', true],
    ['yes', true],
    ['false', false],
    ['0', false],
    ['No', false],
  ])('%s → %s', (raw, value) => expect(parseBoolean(raw)).toEqual({ ok: true, value }));
  it('refuses anything else', () => expect(parseBoolean('maybe').ok).toBe(false));
});

describe('splitMultiValue', () => {
  it('splits on ; trims and de-duplicates', () =>
    expect(splitMultiValue(' Decision Maker ;Economic Buyer;;Decision Maker')).toEqual(['Decision Maker', 'Economic Buyer']));
  it('gives nothing for an empty cell', () => expect(splitMultiValue('')).toEqual([]));
});

describe('parseEmail', () => {
  it.each(['ana@acme.example', ' ana.pereira+crm@acme.co.uk '])('accepts %s', (raw) => expect(parseEmail(raw).ok).toBe(true));
  it.each(['ola(at)nordlys.example', 'ana@acme', 'two words@x.com'])('refuses %s', (raw) => expect(parseEmail(raw).ok).toBe(false));
});

describe('vocabulary picklists', () => {
  it.each([
    ['Strategic', 'strategic'],
    ['ENTERPRISE', 'enterprise'],
  ])('tier %s → %s', (raw, tier) => expect(parseTier(raw)).toEqual({ ok: true, value: tier }));
  it('names the accepted tiers when refusing', () =>
    expect(parseTier('platinum')).toEqual({ ok: false, reason: '"platinum" is not a known tier (community, enterprise, strategic)' }));
  it.each([
    ['Mid-Market', 'mid_market'],
    ['SMB', 'smb'],
    ['large enterprise', 'large_enterprise'],
  ])('size band %s → %s', (raw, band) => expect(parseSizeBand(raw)).toEqual({ ok: true, value: band }));
  it.each([
    ['EMEA', 'emea'],
    ['North America', 'north_america'],
    ['LATAM', 'latin_america'],
  ])('region %s → %s', (raw, region) => expect(parseRegion(raw)).toEqual({ ok: true, value: region }));
  it.each([
    ['United States', 'north_america'],
    ['Germany', 'emea'],
    ['Australia', 'apac'],
    ['Atlantis', undefined],
  ])('country %s → region %s', (country, region) => expect(regionForCountry(country)).toBe(region));
});
