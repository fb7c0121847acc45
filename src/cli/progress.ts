/** A one-line progress bar on standard error for long imports: rows, rows per second, time left. */
import { startStopwatch } from '../lib/clock.ts';

export function countLines(bytes: Uint8Array): number {
  let n = 0;
  for (const b of bytes) if (b === 10) n++;
  return n;
}

export function createProgress(totalRows: number, out: NodeJS.WriteStream = process.stderr) {
  const stopwatch = startStopwatch();
  let shown = false;
  return {
    update(rows: number) {
      if (!out.isTTY && rows % 100_000 !== 0) return; // in logs, a line every 100,000 rows is plenty
      const seconds = stopwatch.seconds();
      const rate = rows / Math.max(seconds, 0.001);
      const share = totalRows > 0 ? Math.min(rows / totalRows, 1) : 0;
      const eta = rate > 0 && totalRows > rows ? Math.ceil((totalRows - rows) / rate) : 0;
      const bar = `${'█'.repeat(Math.round(share * 24))}${'░'.repeat(24 - Math.round(share * 24))}`;
      const line = `${bar} ${rows.toLocaleString('en')} / ~${totalRows.toLocaleString('en')} rows · ${Math.round(rate).toLocaleString('en')} rows/s · ${eta} s left`;
      out.write(out.isTTY ? `\r${line}` : `${line}\n`);
      shown = true;
    },
    done() {
      if (shown && out.isTTY) out.write('\n');
    },
  };
}
