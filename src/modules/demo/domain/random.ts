/**
 * A small seeded PRNG (sfc32, seeded through splitmix32) and the helpers the demo generator needs.
 * Math.random cannot be seeded, and the demo must be byte-identical for the same seed on every machine.
 */

export type Random = {
  /** Uniform in [0, 1). */
  next(): number;
  uint32(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** Uniform float in [min, max). */
  between(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Items paired with non-negative weights; the weights need not sum to 1. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T;
  /** Bell-shaped (sum of four uniforms), so values never run far into the tails. */
  normal(mean: number, deviation: number): number;
  /** Shuffles in place and returns the same array. */
  shuffle<T>(items: T[]): T[];
  /** A version-4-formatted UUID whose bits come from this stream. */
  uuid(): string;
};

/** splitmix32: spreads a small or sequential seed over all 32 bits, so seeds 1 and 2 start far apart. */
function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * One stream per purpose (and per account within it): changing how touchpoints are drawn then
 * leaves names, tiers and stakeholders exactly as they were for the same seed.
 */
export const STREAMS = { team: 0, accounts: 1, stakeholders: 2, touchpoints: 3, portfolio: 4 } as const;

/** Mixes several integers into one seed, e.g. (portfolio seed, account index) for a per-account stream. */
export function mixSeed(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    const next = splitmix32(h ^ (part >>> 0));
    h = next() ^ Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const HEX_CODES = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
const DASH = '-'.charCodeAt(0);
// One reused buffer of char codes: String.fromCharCode over it yields a flat string, where "+" would
// build a rope of a dozen nodes per id — that difference is hundreds of MB at two million touchpoints.
const uuidCodes: number[] = new Array(36).fill(DASH);

export function createRandom(seed: number): Random {
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();

  const uint32 = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t;
  };
  const next = () => uint32() / 4294967296;
  // Discard the first outputs: sfc32 needs a few rounds before its state is well mixed.
  for (let i = 0; i < 12; i++) uint32();

  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));

  return {
    next,
    uint32,
    int,
    between: (min, max) => min + next() * (max - min),
    chance: (probability) => next() < probability,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted(choices) {
      let total = 0;
      for (const [, weight] of choices) total += weight;
      let roll = next() * total;
      for (const [item, weight] of choices) {
        roll -= weight;
        if (roll < 0) return item;
      }
      return choices[choices.length - 1][0];
    },
    normal: (mean, deviation) => mean + (next() + next() + next() + next() - 2) * deviation * Math.sqrt(3),
    shuffle(items) {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const held = items[i];
        items[i] = items[j];
        items[j] = held;
      }
      return items;
    },
    uuid() {
      let position = 0;
      for (let word = 0; word < 4; word++) {
        let bits = uint32();
        if (word === 1) bits = (bits & 0xffff0fff) | 0x00004000; // version 4
        if (word === 2) bits = (bits & 0x3fffffff) | 0x80000000; // RFC 4122 variant
        for (let nibble = 7; nibble >= 0; nibble--) {
          if (position === 8 || position === 13 || position === 18 || position === 23) position++;
          uuidCodes[position++] = HEX_CODES[(bits >>> (nibble * 4)) & 15];
        }
      }
      return String.fromCharCode.apply(null, uuidCodes);
    },
  };
}
