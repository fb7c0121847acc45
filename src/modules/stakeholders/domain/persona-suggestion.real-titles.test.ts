/**
 * Measures suggestPersonas on real titles it was not written from. The data stays in ../shared/data
 * (see its README for provenance and licences); nothing is copied into the project.
 * - O*NET 27.0 "Sample of Reported Titles" (CC BY 4.0, O*NET / USDOL-ETA): 7,541 titles with their
 *   occupation code. The code is an independent label: 11-1011 Chief Executives, 11-3031 Financial
 *   Managers, 11-3061 Purchasing Managers; 47-, 51-, 53- are construction, production and transport.
 * - IPOD gazetteer (CC BY 4.0, Liu et al., CSCW 2020): title words labelled by three annotators as
 *   RES (responsibility/seniority), FUN (function), LOC or O.
 * Thresholds sit a little below (or, for false positives, a little above) what was measured; the
 * measured figures are printed so they can be quoted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Persona, type PersonaSuggestion, suggestPersonas } from './persona-suggestion.ts';

const titlesPath = fileURLToPath(new URL('../../../../../shared/data/titles/onet27-reported-titles.tsv', import.meta.url));
const gazetteerPath = fileURLToPath(new URL('../../../../../shared/data/titles/ipod-gazetteer.csv', import.meta.url));

type Rated = { code: string; title: string; suggestion: PersonaSuggestion };

function readRatedTitles(): Rated[] {
  return readFileSync(titlesPath, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter(Boolean)
    .map((line) => {
      const [code = '', title = ''] = line.split('\t');
      return { code, title, suggestion: suggestPersonas(title) };
    });
}

function share(rows: Rated[], holds: (row: Rated) => boolean): number {
  return rows.filter(holds).length / rows.length;
}

const has = (persona: Persona) => (row: Rated) => row.suggestion.personas.includes(persona);
const percent = (value: number) => `${(100 * value).toFixed(1)}%`;

// A skipped run names the missing file in the suite title.
describe.skipIf(!existsSync(titlesPath))(`suggestPersonas on O*NET reported titles (needs ${titlesPath})`, () => {
  // Read on first use: vitest still runs a skipped suite's body to collect it.
  let cached: Rated[] | undefined;
  const all = () => (cached ??= readRatedTitles());
  const under = (prefix: string) => all().filter((row) => row.code.startsWith(prefix));

  it('reads all 7,541 titles without throwing', () => {
    expect(all).not.toThrow();
    expect(all()).toHaveLength(7541);
    for (const { suggestion } of all()) {
      expect(suggestion.confidence).toBeGreaterThanOrEqual(0);
      expect(suggestion.confidence).toBeLessThanOrEqual(1);
      expect(suggestion.personas).not.toContain('champion');
    }
  });

  it('suggests executive sponsor for chief executives', () => {
    const chiefExecutives = under('11-1011.00');
    const withSustainabilityChiefs = under('11-1011');
    const measured = share(chiefExecutives, has('executive_sponsor'));
    console.log(
      `11-1011.00 Chief Executives: executive_sponsor for ${percent(measured)} of ${chiefExecutives.length};`,
      `11-1011.* incl. Chief Sustainability Officers: ${percent(share(withSustainabilityChiefs, has('executive_sponsor')))} of ${withSustainabilityChiefs.length}`,
    );
    expect(chiefExecutives).toHaveLength(8);
    expect(measured).toBeGreaterThanOrEqual(0.8);
  });

  it('suggests budget holder for purchasing managers and for treasurers and controllers', () => {
    const purchasing = under('11-3061');
    const treasurersControllers = under('11-3031.01');
    const financial = under('11-3031');
    const figures = {
      purchasing: share(purchasing, has('budget_holder')),
      treasurersControllers: share(treasurersControllers, has('budget_holder')),
      financial: share(financial, has('budget_holder')),
    };
    console.log(
      `11-3061 Purchasing Managers: budget_holder ${percent(figures.purchasing)} of ${purchasing.length};`,
      `11-3031.01 Treasurers and Controllers: ${percent(figures.treasurersControllers)} of ${treasurersControllers.length};`,
      `11-3031 Financial Managers overall (incl. bank branch and portfolio managers): ${percent(figures.financial)} of ${financial.length}`,
    );
    expect(figures.purchasing).toBeGreaterThanOrEqual(0.7);
    expect(figures.treasurersControllers).toBeGreaterThanOrEqual(0.8);
    expect(figures.financial).toBeGreaterThanOrEqual(0.4);
  });

  it('almost never calls construction, production or transport workers sponsors or budget holders', () => {
    const labour = all().filter((row) => /^(47|51|53)-/.test(row.code));
    const nonManagement = all().filter((row) => !row.code.startsWith('11-'));
    const figures = {
      labourSponsor: share(labour, has('executive_sponsor')),
      labourBudget: share(labour, has('budget_holder')),
      nonManagementSponsor: share(nonManagement, has('executive_sponsor')),
      nonManagementBudget: share(nonManagement, has('budget_holder')),
    };
    console.log(
      `47-/51-/53- (${labour.length} titles): executive_sponsor ${percent(figures.labourSponsor)}, budget_holder ${percent(figures.labourBudget)};`,
      `all non-management (${nonManagement.length}): executive_sponsor ${percent(figures.nonManagementSponsor)}, budget_holder ${percent(figures.nonManagementBudget)}`,
    );
    for (const rate of Object.values(figures)) expect(rate).toBeLessThanOrEqual(0.002);
  });

  it('puts management titles in the decision-maker group far more often than other titles', () => {
    const decides = (row: Rated) =>
      row.suggestion.personas.some((persona) => ['decision_maker', 'budget_holder', 'executive_sponsor'].includes(persona));
    const management = share(under('11-'), decides);
    const others = share(
      all().filter((row) => !row.code.startsWith('11-')),
      decides,
    );
    const recognisedManagement = share(under('11-'), (row) => row.suggestion.seniority !== 'unknown');
    console.log(
      `decision-maker group: management (11-) ${percent(management)}, other codes ${percent(others)};`,
      `management titles with a seniority: ${percent(recognisedManagement)}`,
    );
    expect(management).toBeGreaterThanOrEqual(0.3);
    expect(others).toBeLessThanOrEqual(0.015);
    expect(recognisedManagement).toBeGreaterThanOrEqual(0.95);
  });
});

/**
 * The annotators' RES words mix ranks ("manager", "vp") with occupations ("nurse", "driver") and
 * modifiers ("senior", "vice"), so recall against RES means little. Precision does: a word the
 * function reads as a rank on its own should be one people read as responsibility, not as a
 * function ("sales") or a place ("global").
 */
describe.skipIf(!existsSync(gazetteerPath))(`rank words agree with IPOD annotators (needs ${gazetteerPath})`, () => {
  const words = existsSync(gazetteerPath)
    ? readFileSync(gazetteerPath, 'utf8')
        .split(/\r?\n/)
        .slice(1)
        .filter(Boolean)
        .map((line) => {
          const [word = '', ...labels] = line.split(',');
          const majority = ['RES', 'FUN', 'LOC', 'O'].find((label) => labels.filter((l) => l === label).length >= 2) ?? 'none';
          return { word, majority, seniority: suggestPersonas(word).seniority };
        })
    : [];

  it('reads as a rank almost only words annotators labelled RES', () => {
    const readAsRank = words.filter((entry) => entry.seniority !== 'unknown');
    const agreeing = readAsRank.filter((entry) => entry.majority === 'RES');
    const disagreeing = readAsRank.filter((entry) => entry.majority !== 'RES').map((e) => `${e.word} (${e.majority})`);
    const precision = agreeing.length / readAsRank.length;
    console.log(
      `IPOD gazetteer: ${readAsRank.length} of ${words.length} words read as a rank on their own;`,
      `${percent(precision)} of them labelled RES by most annotators; the others: ${disagreeing.join(', ')}`,
    );
    expect(readAsRank.length).toBeGreaterThanOrEqual(80);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });

  it('never reads a place word as a rank', () => {
    expect(words.filter((entry) => entry.majority === 'LOC' && entry.seniority !== 'unknown')).toEqual([]);
  });
});
