/**
 * The only place that reads the machine's clock. Services get the time from `deps.now()` (which is
 * `systemClock` in a running instance and a fixed clock in tests); durations for logs and reports
 * come from a stopwatch, which counts on the monotonic clock and so never runs backwards.
 */
export const systemClock = (): Date => new Date();

export type Stopwatch = { ms(): number; seconds(): number };

export function startStopwatch(): Stopwatch {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  return { ms, seconds: () => (performance.now() - started) / 1000 };
}
