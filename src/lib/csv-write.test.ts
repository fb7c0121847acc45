import { describe, expect, it } from 'vitest';
import { csvField, csvLine, guardFormula, unguardCell } from './csv-write.ts';

describe('csvLine', () => {
  it.each([
    [['plain', 42, null, undefined], 'plain,42,,\r\n'],
    [['Acme, Inc.', 'say "hi"'], '"Acme, Inc.","say ""hi"""\r\n'],
    [['two\nlines'], '"two\nlines"\r\n'],
    [[['champion', 'influencer']], 'champion;influencer\r\n'],
    [['=HYPERLINK("x")'], `"'=HYPERLINK(""x"")"\r\n`],
    [['-12.5', '+ve'], "-12.5,'+ve\r\n"],
    [[-5, '-5'], '-5,-5\r\n'],
  ])('%j → %j', (values, expected) => {
    expect(csvLine(values)).toBe(expected);
  });
});

describe('formula guard', () => {
  const risky = ['+44 20 7946 0958', '=SUM(A1)', '@x', '-x', '-5+A1', '\tx', '\rx', '=1+1', '+', '-', '@'];
  const tricky = ["'=x", "''=x", "'hello", "'", "''", "'-12.5", "'+44", 'plain', '', "don't", '-12.5', '12', '-0.5'];

  it.each(risky)('%j is written so a spreadsheet shows it as text', (value) => {
    const field = csvField(value);
    const cell = field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field;
    expect(cell.startsWith("'")).toBe(true);
    expect(cell.slice(1)).toBe(value);
  });

  it.each([...risky, ...tricky])('%j comes back exactly through unguardCell', (value) => {
    expect(unguardCell(guardFormula(value))).toBe(value);
  });

  it('leaves plain numbers and harmless text alone', () => {
    for (const value of ['-12.5', '12', "don't", "'hello", 'plain']) expect(guardFormula(value)).toBe(value);
  });
});
