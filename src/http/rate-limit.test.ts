import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit.ts';

describe('createRateLimiter', () => {
  it('allows up to the limit in a window, refuses the next, and allows again when the window has passed', () => {
    const limiter = createRateLimiter(3, 60_000);
    const t0 = 1_000_000;
    expect([0, 1, 2].map((i) => limiter.hit('ip', t0 + i).allowed)).toEqual([true, true, true]);
    const refused = limiter.hit('ip', t0 + 10_000);
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBe(50);
    expect(limiter.hit('other-ip', t0 + 10_000).allowed).toBe(true);
    expect(limiter.hit('ip', t0 + 60_001).allowed).toBe(true);
  });
});
