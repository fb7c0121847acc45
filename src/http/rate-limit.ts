/**
 * Fixed-window counter per key, kept in memory. Enough for one instance; behind several instances
 * each applies its own limit, which still bounds guessing to (instances × limit).
 */
export type RateLimiter = { hit(key: string, now: number): { allowed: boolean; retryAfterSeconds: number } };

export function createRateLimiter(limit: number, windowMs: number): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    hit(key, now) {
      if (windows.size > 10_000) {
        for (const [k, w] of windows) if (now - w.start >= windowMs) windows.delete(k);
      }
      const current = windows.get(key);
      if (!current || now - current.start >= windowMs) {
        windows.set(key, { start: now, count: 1 });
        return { allowed: true, retryAfterSeconds: 0 };
      }
      current.count += 1;
      const retryAfterSeconds = Math.ceil((current.start + windowMs - now) / 1000);
      return { allowed: current.count <= limit, retryAfterSeconds };
    },
  };
}
