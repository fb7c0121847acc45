import { createReadStream } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CsvRow, CsvSyntaxError, openCsv } from './csv-reader.ts';
import { fixture } from './fixtures.test-support.ts';

async function rowsOf(source: Parameters<typeof openCsv>[0]) {
  const csv = await openCsv(source);
  if (!csv.ok) throw new Error(csv.reason);
  const rows: CsvRow[] = [];
  for await (const row of csv.rows) rows.push(row);
  return { headers: csv.headers, delimiter: csv.delimiter, rows };
}

describe('openCsv', () => {
  it('strips the BOM and tolerates ragged rows (the real report export)', async () => {
    const { headers, rows } = await rowsOf(createReadStream(fixture('salesforce/sample/report-export-accounts-contacts.csv')));
    expect(headers[0]).toBe('Account: Account Name');
    expect(rows).toHaveLength(14);
    const ragged = rows.find((r) => r.cells['Account: Account Name'] === 'Burlington Textiles');
    expect(ragged).toMatchObject({ row: 8, line: 8, extraCells: [] });
    expect(ragged?.cells).toEqual({
      'Account: Account Name': 'Burlington Textiles',
      'Account: Type': 'Customer - Direct',
      'Account: Phone': '6179658855',
    });
  });

  it('keeps quoted newlines inside one row and numbers rows like a spreadsheet', async () => {
    const { rows } = await rowsOf(createReadStream(fixture('generic/stakeholders-quoted-newlines.csv')));
    expect(rows.map((r) => [r.row, r.line])).toEqual([
      [2, 2],
      [3, 5],
      [4, 6],
    ]);
    expect(rows[0].cells.Notes).toBe('Met at the trade fair.\nPrefers calls, not e-mail.\nSpeaks "plain German" only.');
    expect(rows[2].cells.Title).toBe('CTO,\nNordlys');
  });

  it('counts blank lines in row numbers and hands over extra cells', async () => {
    const { rows } = await rowsOf('a,b\n1,2\n\n3,4,5\n');
    expect(rows.map((r) => ({ row: r.row, line: r.line, record: r.record, extra: r.extraCells }))).toEqual([
      { row: 2, line: 2, record: 1, extra: [] },
      { row: 4, line: 4, record: 2, extra: ['5'] },
    ]);
  });

  it.each([['generic/empty.csv'], ['generic/bom-only.csv']])('reports %s as an empty file', async (path) => {
    expect(await openCsv(createReadStream(fixture(path)))).toEqual({ ok: false, reason: 'empty file: no header row and no data' });
  });

  it('accepts a header-only file with no rows', async () => {
    expect(await rowsOf(createReadStream(fixture('generic/header-only.csv')))).toMatchObject({
      headers: ['Name', 'Tier', 'Region'],
      rows: [],
    });
  });

  it('sniffs a semicolon delimiter from the header line', async () => {
    const { delimiter, headers } = await rowsOf(createReadStream(fixture('generic/accounts-eu.csv')));
    expect(delimiter).toBe(';');
    expect(headers).toContain('Renewal date');
  });

  it('names duplicate headers apart', async () =>
    expect((await rowsOf('Phone,Phone\n1,2\n')).rows[0].cells).toEqual({ Phone: '1', 'Phone (2)': '2' }));

  it('reads UTF-16LE exports with their BOM', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Name,Tier\nÅland Oy,strategic\n', 'utf16le')]);
    expect((await rowsOf(bytes)).rows[0].cells).toEqual({ Name: 'Åland Oy', Tier: 'strategic' });
  });

  it('throws a syntax error naming the line for a quote that never closes', async () => {
    const read = async () => {
      const csv = await openCsv('a,b\n1,2\n3,"never closed\n4,5\n');
      if (csv.ok) for await (const _ of csv.rows) void _;
    };
    const error = await read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect((error as CsvSyntaxError).message).toBe(
      'line 3: a quoted value opened on this line is never closed (a stray or unbalanced quote)',
    );
  });

  it('streams: 200,000 generated rows pass through without holding the file', async () => {
    async function* generate() {
      yield 'Account,Kind,Date,Summary\n';
      for (let chunk = 0; chunk < 200; chunk++) {
        let text = '';
        for (let i = 0; i < 1000; i++) text += `Account ${chunk},call,2024-03-05,Row ${chunk * 1000 + i} with some text\n`;
        yield text;
      }
    }
    const csv = await openCsv(generate());
    if (!csv.ok) throw new Error(csv.reason);
    const before = process.memoryUsage().heapUsed;
    let count = 0;
    let peak = 0;
    for await (const row of csv.rows) {
      count++;
      if (count % 20_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed - before);
      if (count === 200_000) expect(row.row).toBe(200_001);
    }
    expect(count).toBe(200_000);
    expect(peak).toBeLessThan(64 * 1024 * 1024);
  });
});
