import { OpenAPIHono } from '@hono/zod-openapi';
import { AppError } from '../lib/errors.ts';
import type { Actor } from '../modules/auth/index.ts';
import { problemResponse } from './problem.ts';

export type AppEnv = { Variables: { actor: Actor } };

/** A router whose request validation failures leave as problem+json naming each field. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const fields = result.error.issues.map((issue) => ({
        field: issue.path.join('.') || result.target,
        message: issue.message,
      }));
      const summary = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
      return problemResponse(c, new AppError('VALIDATION_FAILED', summary, fields));
    },
  });
}
