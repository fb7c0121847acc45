import { describe, expect, it } from 'vitest';
import { csvLine } from './csv-write.ts';

describe('csvLine', () => {
  it.each([
    [['plain', 42, null, undefined], 'plain,42,,\r\n'],
    [['Acme, Inc.', 'say "hi"'], '"Acme, Inc.","say ""hi"""\r\n'],
    [['two\nlines'], '"two\nlines"\r\n'],
    [[['champion', 'influencer']], 'champion;influencer\r\n'],
    [['=HYPERLINK("x")'], `"'=HYPERLINK(""x"")"\r\n`],
    [['-12.5', '+ve'], "-12.5,'+ve\r\n"],
  ])('%j → %j', (values, expected) => {
    expect(csvLine(values)).toBe(expected);
  });
});
