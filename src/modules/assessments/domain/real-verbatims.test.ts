/**
 * The past-response import, NPS arithmetic, theme finder and masking run over a real public set of NPS
 * answers from a UK telecoms provider (DD/MM/YYYY dates). The file is not part of this repository; the
 * tests are skipped when it is not next to the checkout.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { summarizeNps } from './nps.ts';
import { convertPastResponse, detectPastResponseColumns, type PastResponseColumns } from './past-responses.ts';
import { findThemes, summarizeThemes } from './themes.ts';
import { THEMES, type Verbatim } from './types.ts';

const FILE = fileURLToPath(new URL('../../../../../shared/data/voc/nps-verbatims.csv', import.meta.url));
const present = existsSync(FILE);

function load() {
  const rows: Record<string, string>[] = parse(readFileSync(FILE), { columns: true, bom: true, skip_empty_lines: true });
  const headers = Object.keys(rows[0]);
  const detected = detectPastResponseColumns(headers);
  const columns = detected as PastResponseColumns;
  // Row numbers as a spreadsheet shows them: the header is row 1.
  const results = rows.map((row, i) => ({ row, result: convertPastResponse(row, i + 2, columns, 'eu') }));
  return { rows, headers, detected, results };
}
const data = present ? load() : null;

// Independent checks, written differently from the masking patterns on purpose.
const ANY_EMAIL = /\S+@\S+\.\S+/;
const LONG_DIGIT_RUN = /\d(?:[\s().-]{0,2}\d){8,}/;

describe.skipIf(!present)('real NPS verbatims', () => {
  it('recognises the columns of the export', () => {
    expect(data!.detected).toEqual({ date: 'CUSTOMER_RESPONSE_DATE', score: 'NPS_SCORE', label: 'NPS_RATING', text: 'text' });
  });

  it('rejects exactly the rows without a score, saying so, and converts every other row', () => {
    const rejected = data!.results.filter((r) => !r.result.ok);
    const blank = data!.rows.filter((row) => row.NPS_SCORE.trim() === '');
    expect(blank).toHaveLength(32);
    expect(rejected).toHaveLength(32);
    for (const { row, result } of rejected) {
      expect(row.NPS_SCORE.trim()).toBe('');
      expect(result.ok ? [] : result.issues.map((i) => i.reason)).toEqual(['score is empty']);
    }
    expect(data!.results.length - rejected.length).toBe(data!.rows.length - 32);
  });

  it('reads every date day-first, within the period the export covers', () => {
    const dates = data!.results.flatMap((r) => (r.result.ok ? [r.result.response.respondedAt] : []));
    const sorted = [...dates].sort();
    console.info(`responses dated ${sorted[0]} to ${sorted.at(-1)}`);
    expect(sorted[0] >= '2017-01-01').toBe(true);
    expect(sorted.at(-1)! <= '2018-12-31T23:59:59.999Z').toBe(true);
  });

  it('gives the NPS the provider’s own Promoter / Passive / Detractor labels give', () => {
    const scores = data!.results.flatMap((r) => (r.result.ok ? [r.result.response.score] : []));
    const summary = summarizeNps(scores);

    const labels = data!.rows.map((row) => row.NPS_RATING.trim()).filter((label) => label !== '');
    const share = (label: string) => labels.filter((l) => l === label).length / labels.length;
    const fromLabels = Math.round((share('Promoter') - share('Detractor')) * 1000) / 10;

    console.info(`NPS ${summary.nps} from ${summary.responses} scores (labels say ${fromLabels})`, summary);
    expect(summary.responses).toBe(labels.length);
    expect(summary.nps).toBe(fromLabels);
  });

  it('leaves no e-mail address or phone number in any theme example', () => {
    const verbatims: Verbatim[] = data!.results.map(({ row }, i) => ({
      id: String(i),
      text: row.text,
      score: row.NPS_SCORE.trim() === '' ? null : Number(row.NPS_SCORE),
    }));
    // Every example there could be: all matching verbatims per theme.
    const summaries = summarizeThemes(verbatims, Number.MAX_SAFE_INTEGER);
    const examples = summaries.flatMap((s) => s.examples);
    expect(examples.length).toBeGreaterThan(1000);
    const leaks = examples.filter((text) => ANY_EMAIL.test(text) || LONG_DIGIT_RUN.test(text));
    expect(leaks).toEqual([]);
    // The file does hold personal data, so the check above is not vacuous.
    expect(verbatims.filter((v) => ANY_EMAIL.test(v.text) || LONG_DIGIT_RUN.test(v.text)).length).toBeGreaterThanOrEqual(3);
  });

  it('finds at least one theme in a sensible share of verbatims', () => {
    const texts = data!.rows.map((row) => row.text).filter((text) => text.trim() !== '');
    const themed = texts.map(findThemes);
    const share = themed.filter((t) => t.length > 0).length / texts.length;
    const perTheme = Object.fromEntries(THEMES.map((theme) => [theme, themed.filter((t) => t.includes(theme)).length / texts.length]));
    console.info(
      `${(share * 100).toFixed(1)}% of ${texts.length} verbatims have a theme;`,
      Object.entries(perTheme)
        .map(([theme, s]) => `${theme} ${(s * 100).toFixed(1)}%`)
        .join(', '),
    );
    expect(share).toBeGreaterThanOrEqual(0.7);
    for (const theme of THEMES) expect(perTheme[theme], theme).toBeGreaterThan(0.02);
  });
});
