/** Few error codes, one mapping: every error leaves as application/problem+json naming the field or row at fault. */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, type ErrorCode, type FieldError } from '../lib/errors.ts';

export const ERROR_STATUS = {
  NOT_FOUND: 404,
  VALIDATION_FAILED: 422,
  CONFLICT: 409,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  RATE_LIMITED: 429,
  UNSUPPORTED_MEDIA_TYPE: 415,
  INTERNAL: 500,
} as const satisfies Record<ErrorCode, ContentfulStatusCode>;

const TITLES: Record<ErrorCode, string> = {
  NOT_FOUND: 'Not found',
  VALIDATION_FAILED: 'Validation failed',
  CONFLICT: 'Conflict',
  FORBIDDEN: 'Forbidden',
  UNAUTHENTICATED: 'Sign-in required',
  RATE_LIMITED: 'Too many requests',
  UNSUPPORTED_MEDIA_TYPE: 'Unsupported media type',
  INTERNAL: 'Internal error',
};

export type ProblemBody = {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail: string;
  errors?: FieldError[];
};

export function problemBody(err: AppError): ProblemBody {
  const body: ProblemBody = {
    type: `https://rapport.dev/problems/${err.code.toLowerCase().replace(/_/g, '-')}`,
    title: TITLES[err.code],
    status: ERROR_STATUS[err.code],
    code: err.code,
    detail: err.reason,
  };
  if (err.fields.length > 0) body.errors = err.fields;
  return body;
}

export function problemResponse(c: Context, err: AppError): Response {
  return c.body(JSON.stringify(problemBody(err)), ERROR_STATUS[err.code], {
    'content-type': 'application/problem+json',
  });
}

/** Maps database constraint violations to CONFLICT/VALIDATION_FAILED so they never surface as 500. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof HTTPException && err.status === 400) {
    // Hono's validator raises this for a body that is not valid JSON.
    return new AppError('VALIDATION_FAILED', `body: ${err.message || 'is not valid JSON'}`, [
      { field: 'body', message: err.message || 'is not valid JSON' },
    ]);
  }
  const pgErr = findPgError(err);
  if (pgErr?.code === '23505') {
    return new AppError('CONFLICT', `A record with this ${describeConstraint(pgErr.constraint)} already exists`);
  }
  if (pgErr?.code === '23503') return new AppError('VALIDATION_FAILED', 'A referenced record does not exist');
  if (pgErr?.code === '22P02') return new AppError('VALIDATION_FAILED', 'A value has the wrong format');
  return new AppError('INTERNAL', 'Something went wrong on the server; it has been logged');
}

type PgLikeError = { code?: string; constraint?: string };
function findPgError(err: unknown): PgLikeError | undefined {
  let current: unknown = err;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const candidate = current as PgLikeError & { cause?: unknown };
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) return candidate;
    current = candidate.cause;
  }
  return undefined;
}

function describeConstraint(constraint: string | undefined): string {
  if (!constraint) return 'value';
  return constraint.replace(/_key$/, '').split('_').slice(1).join(' ') || 'value';
}
