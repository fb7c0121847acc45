/**
 * Decides the day/month order of a whole file, never of one cell: a first pass over the date columns
 * feeds `observe`, and `verdict` says 'us' or 'eu' only when some cell proves it (a day > 12) and no
 * cell contradicts it. Memory is constant, so the scan streams like the import.
 */
import type { DateFormat } from './dates.ts';
import { slashedOrderEvidence } from './dates.ts';

export type DateEvidence = { row: number; column: string; value: string };

export type DateFormatVerdict =
  | { status: 'decided'; format: 'us' | 'eu'; evidence: DateEvidence }
  | { status: 'no_slashed_dates'; format: 'iso' }
  | { status: 'ambiguous'; example: DateEvidence; reason: string }
  | { status: 'conflicting'; us: DateEvidence; eu: DateEvidence; reason: string };

export type DateFormatScanner = { observe(value: string, row: number, column: string): void; verdict(): DateFormatVerdict };

export function createDateFormatScanner(): DateFormatScanner {
  let us: DateEvidence | undefined;
  let eu: DateEvidence | undefined;
  let example: DateEvidence | undefined;
  return {
    observe(value, row, column) {
      const evidence = slashedOrderEvidence(value);
      if (evidence === null || evidence === 'both_impossible') return;
      const at = { row, column, value };
      example ??= at;
      if (evidence === 'us') us ??= at;
      if (evidence === 'eu') eu ??= at;
    },
    verdict() {
      if (us && eu) {
        return {
          status: 'conflicting',
          us,
          eu,
          reason: `row ${us.row} (${us.value}) is month-first but row ${eu.row} (${eu.value}) is day-first: the file mixes formats`,
        };
      }
      if (us) return { status: 'decided', format: 'us', evidence: us };
      if (eu) return { status: 'decided', format: 'eu', evidence: eu };
      if (example) {
        return {
          status: 'ambiguous',
          example,
          reason: `no date in the file has a day above 12 (e.g. row ${example.row}: ${example.value}), so month-first and day-first both fit: state the date format (us or eu)`,
        };
      }
      return { status: 'no_slashed_dates', format: 'iso' };
    },
  };
}

/** The format to convert with: a stated us/eu/iso wins; 'auto' takes a decided verdict and otherwise stays 'auto' (slashed cells then fail). */
export function resolveDateFormat(stated: DateFormat, verdict: DateFormatVerdict | undefined): DateFormat {
  if (stated !== 'auto' || !verdict) return stated;
  return verdict.status === 'decided' ? verdict.format : 'auto';
}
