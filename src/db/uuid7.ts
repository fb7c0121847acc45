/**
 * Time-ordered ids (UUID version 7, RFC 9562): 48 bits of Unix milliseconds, the version, 12 bits
 * of sub-millisecond time, the variant and 62 random bits. Keys made one after the other sort one
 * after the other, so an index on them grows at its right edge instead of touching a random page
 * of the B-tree for every row. The database's default (`uuid_v7()`, migration `uuid_v7`) lays out
 * the same bits; this one is for rows written by COPY, where the application supplies the ids.
 */
import { randomFillSync } from 'node:crypto';
import { systemClock } from '../lib/clock.ts';

const POOL = 4096 * 16;
const pool = new Uint8Array(POOL);
let poolAt = POOL;
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
let lastStep = -1;

/** A version-7 UUID for the given instant (defaults to now); strictly increasing within one process. */
export function uuidV7(at: number = systemClock().getTime()): string {
  // 4,096 steps per millisecond; when the clock stands still (or steps back), the last step + 1.
  let step = Math.floor(at * 4096);
  if (step <= lastStep) step = lastStep + 1;
  lastStep = step;
  const ms = Math.floor(step / 4096);
  const sub = step % 4096;
  if (poolAt + 8 > POOL) {
    randomFillSync(pool);
    poolAt = 0;
  }
  const r = pool.subarray(poolAt, poolAt + 8);
  poolAt += 8;
  const t = ms.toString(16).padStart(12, '0');
  return `${t.slice(0, 8)}-${t.slice(8, 12)}-${HEX[0x70 | (sub >> 8)]}${HEX[sub & 0xff]}-${HEX[0x80 | (r[0] & 0x3f)]}${HEX[r[1]]}-${HEX[r[2]]}${HEX[r[3]]}${HEX[r[4]]}${HEX[r[5]]}${HEX[r[6]]}${HEX[r[7]]}`;
}
