/** Personal answer links: 256 random bits, base64url; only the SHA-256 of a token is stored. */
import { createHash, randomBytes } from 'node:crypto';

export function newAnswerToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashAnswerToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A well-formed token is 43 base64url characters; anything else is rejected before any lookup. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
