/**
 * Streaming CSV over csv-parse: bytes in (a file stream, an upload, a string), rows out, one at a
 * time, so a 1,000,000-row file stays in bounded memory. Strips a UTF-8 or UTF-16LE byte-order
 * mark, sniffs the delimiter (`,` `;` tab) from the header line unless stated, tolerates ragged rows
 * (missing cells are absent keys; extra cells are handed over for the converter to report) and
 * quoted newlines, and undoes the export's formula guard (lib/csv-write.ts). Rows are numbered like a spreadsheet: header row 1, blank lines count.
 * No file system access here: the caller opens the file.
 */
import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { unguardCell } from '../../../lib/csv-write.ts';
import type { SourceRow } from './converter.ts';

export type CsvSource = string | Uint8Array | AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

export type CsvRow = SourceRow & { cells: Record<string, string>; extraCells: string[]; line: number };

export type CsvFile = { ok: true; headers: string[]; delimiter: string; rows: AsyncGenerator<CsvRow> } | { ok: false; reason: string };

export type CsvOptions = { delimiter?: string };

/** A malformed file (an unclosed quote): thrown by the rows iterator with the line it was found on. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    reason: string,
  ) {
    super(`line ${line}: ${reason}`);
  }
}

const CHUNK = 64 * 1024;

/**
 * A file held in memory is fed to the parser in 64 KB pieces: handed over whole, the parser would
 * turn every row into an object at once, and a million-row file would not fit in bounded memory.
 * csv-parse works on bytes, so a piece may end inside a multi-byte character.
 */
async function* chunksOf(source: CsvSource): AsyncGenerator<string | Uint8Array> {
  if (source instanceof Uint8Array) {
    for (let at = 0; at < source.length; at += CHUNK)
      yield Buffer.from(source.buffer, source.byteOffset + at, Math.min(CHUNK, source.length - at));
  } else if (typeof source === 'string') {
    for (let at = 0; at < source.length; at += CHUNK) yield source.slice(at, at + CHUNK);
  } else yield* source;
}

function sniffDelimiter(sample: string): string {
  const firstLine = sample.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const [delimiter, count] = [',', ';', '\t']
    .map((d) => [d, unquoted.split(d).length - 1] as const)
    .reduce((best, c) => (c[1] > best[1] ? c : best));
  return count > 0 ? delimiter : ',';
}

// Two headers with one name ("Phone" twice) keep both: the second becomes "Phone (2)".
function uniqueHeaders(raw: string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((h) => {
    const name = h.trim();
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
}

/**
 * The line on which a quote that never closes opened, reading as csv-parse does with relax_quotes: a
 * quote opens a quoted value only at the start of a field (elsewhere it is a literal character),
 * `""` inside is an escaped quote.
 */
export function unclosedQuoteLine(text: string, delimiter: string): number | undefined {
  let line = 1;
  let opened = 0;
  let inQuotes = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') i++;
        else inQuotes = false;
      } else if (ch === '\n') line++;
      continue;
    }
    if (ch === '"' && fieldStart) {
      inQuotes = true;
      opened = line;
      continue;
    }
    if (ch === '\n') line++;
    fieldStart = ch === delimiter || ch === '\n' || ch === '\r';
  }
  return inQuotes ? opened : undefined;
}

/** `whole`: the file's text when it is in memory, to say where an unclosed quote opened. */
function syntaxError(error: unknown, whole?: () => { text: string; delimiter: string }): unknown {
  if (error instanceof CsvError) {
    const reached = (error as CsvError & { lines?: number }).lines ?? 0;
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
      const source = whole?.();
      const opened = source ? unclosedQuoteLine(source.text, source.delimiter) : undefined;
      return opened
        ? new CsvSyntaxError(opened, 'a quoted value opened on this line is never closed (a stray or unbalanced quote)')
        : new CsvSyntaxError(reached, 'a quoted value opened on or before this line is never closed');
    }
    return new CsvSyntaxError(reached, error.message.replace(/^Invalid [^:]*: /, ''));
  }
  return error;
}

export async function openCsv(source: CsvSource, options: CsvOptions = {}): Promise<CsvFile> {
  const chunks = chunksOf(source);
  const first = await chunks.next();
  const head = first.done
    ? ''
    : typeof first.value === 'string'
      ? first.value
      : Buffer.from(first.value.subarray(0, 65_536)).toString('utf8');
  const delimiter = options.delimiter ?? sniffDelimiter(head);
  const parser = parse({ bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true });
  async function* all() {
    if (!first.done) yield first.value;
    yield* chunks;
  }
  const records = Readable.from(all(), { objectMode: false }).pipe(parser)[Symbol.asyncIterator]();
  const whole =
    typeof source === 'string' || source instanceof Uint8Array
      ? () => ({ text: typeof source === 'string' ? source : Buffer.from(source).toString('utf8'), delimiter })
      : undefined;
  let header: IteratorResult<{ record: string[]; info: { lines: number } }>;
  try {
    header = await records.next();
  } catch (error) {
    throw syntaxError(error, whole);
  }
  if (header.done || header.value.record.every((h) => h.replace(/^\uFEFF/, '').trim() === '')) {
    return { ok: false, reason: 'empty file: no header row and no data' };
  }
  const headers = uniqueHeaders(header.value.record.map((h) => h.replace(/^\uFEFF/, '')));

  async function* rows(): AsyncGenerator<CsvRow> {
    try {
      for (;;) {
        const next = await records.next();
        if (next.done) return;
        const { record, info } = next.value as { record: string[]; info: { lines: number; records: number; empty_lines: number } };
        const cells: Record<string, string> = {};
        // A cell Rapport's export guarded against formula injection (`'=SUM(A1)`) reads back as it was.
        for (let i = 0; i < Math.min(record.length, headers.length); i++) cells[headers[i]] = unguardCell(record[i]);
        // csv-parse reports the line a record ends on; quoted newlines inside it move the start back.
        const line = info.lines - record.reduce((n, cell) => n + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
        yield { row: info.records + info.empty_lines, record: info.records - 1, line, cells, extraCells: record.slice(headers.length) };
      }
    } catch (error) {
      throw syntaxError(error, whole);
    }
  }
  return { ok: true, headers, delimiter, rows: rows() };
}

/**
 * Whether some cell may carry the export's formula guard (an apostrophe opening a cell, before
 * `=` `+` `-` `@` or another apostrophe): readers that bypass openCsv (PostgreSQL's COPY path) must
 * then read the file through it, so the guard comes off exactly as here.
 */
export function mayHoldGuardedCells(bytes: Uint8Array, delimiter: string): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const d = delimiter.charCodeAt(0);
  for (let at = buffer.indexOf(0x27); at >= 0; at = buffer.indexOf(0x27, at + 1)) {
    const before = at === 0 ? 0x0a : buffer[at - 1];
    if (before !== d && before !== 0x0a && before !== 0x0d && before !== 0x22) continue;
    const next = buffer[at + 1];
    if (next === 0x3d || next === 0x2b || next === 0x2d || next === 0x40 || next === 0x27 || next === 0x09 || next === 0x0d) return true;
  }
  return false;
}
