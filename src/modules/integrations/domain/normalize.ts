/** Text clean-up shared by header matching and value parsing. */

/** `\uFEFFAccount: Account Name` → `accountaccountname`: case, spaces, punctuation and a BOM never matter. */
export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Trimmed text, or undefined when the cell is empty: absence must not overwrite stored values. */
export function cleanText(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

// CRMs write "not available" in free-text picklists (the Salesforce samples' industry is "n/a").
const NOT_AVAILABLE = new Set(['n/a', 'na', 'none', 'null', '-', '--']);

/** Like cleanText, but also treats placeholder words ("n/a", "null", "-") as empty. For optional descriptive fields only. */
export function cleanOptional(value: string | undefined): string | undefined {
  const text = cleanText(value);
  return text !== undefined && NOT_AVAILABLE.has(text.toLowerCase()) ? undefined : text;
}

/** Lower-case words without punctuation, for matching picklist values: "Mid-Market" → "mid market". */
export function normalizeWords(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
