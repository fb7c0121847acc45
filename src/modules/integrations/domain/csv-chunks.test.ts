import { describe, expect, it } from 'vitest';
import { openCsv } from './csv-reader.ts';

describe('openCsv on a file held in memory', () => {
  it('reads a character split across the 64 KB pieces it is fed in', async () => {
    const header = 'Name,Note\n';
    const filler = `x,${'a'.repeat(65_536 - header.length - 7)}\n`;
    const text = `${header}${filler}Café Lumière,été\n`;
    const bytes = new TextEncoder().encode(text);
    // "é" is two bytes; its first byte is the last of the first 64 KB piece.
    expect([bytes[65_535], bytes[65_536]]).toEqual([0xc3, 0xa9]);
    const csv = await openCsv(bytes);
    if (!csv.ok) throw new Error(csv.reason);
    const rows = [];
    for await (const row of csv.rows) rows.push(row.cells);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual({ Name: 'Café Lumière', Note: 'été' });
  });
});
