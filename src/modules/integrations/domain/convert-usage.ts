/** One generic usage-metric row (account, metric, date, value) → UsageMetricRecord. */
import type { CellReader } from './cells.ts';
import type { ConvertContext } from './convert-context.ts';
import { parseDate } from './dates.ts';
import type { UsageMetricRecord } from './records.ts';
import { accountRefsOf } from './refs.ts';
import { parseNumber } from './values.ts';

export function convertUsageMetric(cells: CellReader, ctx: ConvertContext): UsageMetricRecord[] {
  const accountRefs = accountRefsOf(cells, ctx);
  const metric = cells.required('metric', 'the metric name');
  const date = cells.parseRequired('date', 'the date', (v) => parseDate(v, ctx.dateFormat));
  const value = cells.parseRequired('value', 'the value', (v) => parseNumber(v, { decimalSeparator: ctx.options.decimalSeparator }));
  if (!metric || !date || value === undefined || accountRefs.length === 0) return [];
  return [{ type: 'usage_metric', accountRef: accountRefs[0], metric, date, value }];
}
