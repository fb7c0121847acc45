/** Few error codes: services throw these; the HTTP edge (http/problem.ts) maps each code to a status once. */

export const ERROR_CODES = [
  'NOT_FOUND',
  'BAD_REQUEST',
  'VALIDATION_FAILED',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'RATE_LIMITED',
  'UNSUPPORTED_MEDIA_TYPE',
  'PAYLOAD_TOO_LARGE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type FieldError = { field: string; message: string; row?: number };

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly reason: string,
    readonly fields: FieldError[] = [],
  ) {
    super(reason);
  }
}

export const notFound = (what: string, id: string) => new AppError('NOT_FOUND', `${what} ${id} does not exist`);
export const forbidden = (reason: string) => new AppError('FORBIDDEN', reason);
export const invalid = (field: string, message: string) => new AppError('VALIDATION_FAILED', `${field}: ${message}`, [{ field, message }]);
