/** Few error codes, one mapping: every error leaves as application/problem+json naming the field or row at fault. */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, type ErrorCode, type FieldError } from '../lib/errors.ts';

export const ERROR_STATUS = {
  NOT_FOUND: 404,
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 422,
  CONFLICT: 409,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  RATE_LIMITED: 429,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  INTERNAL: 500,
} as const satisfies Record<ErrorCode, ContentfulStatusCode>;

const TITLES: Record<ErrorCode, string> = {
  NOT_FOUND: 'Not found',
  BAD_REQUEST: 'Malformed request',
  VALIDATION_FAILED: 'Validation failed',
  CONFLICT: 'Conflict',
  FORBIDDEN: 'Forbidden',
  UNAUTHENTICATED: 'Sign-in required',
  RATE_LIMITED: 'Too many requests',
  UNSUPPORTED_MEDIA_TYPE: 'Unsupported media type',
  PAYLOAD_TOO_LARGE: 'Request body too large',
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
  if (err instanceof HTTPException) return fromHttpException(err);
  const pgErr = findPgError(err);
  if (pgErr?.code === '23505') {
    return new AppError('CONFLICT', `A record with this ${describeConstraint(pgErr.constraint)} already exists`);
  }
  if (pgErr?.code === '23503') return new AppError('VALIDATION_FAILED', 'A referenced record does not exist');
  if (pgErr?.code === '22P02') return new AppError('VALIDATION_FAILED', 'A value has the wrong format');
  // Class 22 (data exception: out of range, too long, bad date) and an index row too large are the
  // input's fault; the request schemas should catch them first, this keeps a miss from being a 500.
  if (pgErr?.code?.startsWith('22') || pgErr?.code === '54000')
    return new AppError('VALIDATION_FAILED', 'A value is out of range or too long');
  return new AppError('INTERNAL', 'Something went wrong on the server; it has been logged');
}

/**
 * Hono's own refusals: a body that is not valid JSON or form data (400), a content type the route
 * does not take (415), a body over the size limit (413). Each leaves as problem+json like any other.
 */
function fromHttpException(err: HTTPException): AppError {
  if (err.status === 400) {
    const message = /json/i.test(err.message) ? 'is not valid JSON' : err.message || 'is malformed';
    return new AppError('BAD_REQUEST', `body: ${message}`, [{ field: 'body', message }]);
  }
  if (err.status === 415) {
    const message = 'not a content type this endpoint takes (JSON bodies: application/json; files: multipart/form-data)';
    return new AppError('UNSUPPORTED_MEDIA_TYPE', `content-type: ${message}`, [{ field: 'content-type', message }]);
  }
  if (err.status === 413) return new AppError('PAYLOAD_TOO_LARGE', 'body: larger than this endpoint accepts');
  if (err.status === 401) return new AppError('UNAUTHENTICATED', err.message || 'Sign-in required');
  if (err.status === 403) return new AppError('FORBIDDEN', err.message || 'Forbidden');
  if (err.status === 404) return new AppError('NOT_FOUND', err.message || 'Not found');
  if (err.status === 429) return new AppError('RATE_LIMITED', err.message || 'Too many requests');
  if (err.status < 500) return new AppError('BAD_REQUEST', err.message || 'Malformed request');
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
