import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { AppError, type FieldError } from '../lib/errors.ts';
import { textProblem } from '../lib/schema-types.ts';
import type { Actor } from '../modules/auth/index.ts';
import { problemResponse } from './problem.ts';

export type AppEnv = { Variables: { actor: Actor } };

const NO_QUERY = z.object({});

/**
 * A router whose request validation failures leave as problem+json naming each field, and whose
 * requests are strict: a JSON body field or query parameter the operation does not take, at any
 * depth, is a 422 naming it (never silently dropped). Zod strips unknown keys; the hook compares
 * what was sent with what the schema kept, so every route is strict without each schema saying so.
 * A route without a query schema takes no query parameters. Every string of the validated input
 * follows one text rule (no control characters; names, titles, e-mails and `q` on one line).
 */
export function createRouter() {
  const router = new OpenAPIHono<AppEnv>({
    defaultHook: async (result, c) => {
      if (!result.success) {
        const fields = result.error.issues.flatMap((issue) => {
          const path = issue.path.map(String).join('.');
          // A strict object names each field it does not take.
          if (issue.code === 'unrecognized_keys')
            return issue.keys.map((key) => ({ field: path ? `${path}.${key}` : key, message: 'is not a field this endpoint takes' }));
          return [{ field: path || result.target, message: issue.message }];
        });
        return validationProblem(c, fields);
      }
      if (result.target !== 'json' && result.target !== 'query') return;
      const unknown = unknownFields(await rawInput(c, result.target), result.data, '');
      if (unknown.length > 0)
        return validationProblem(
          c,
          unknown.map((field) => ({ field, message: 'is not a field this endpoint takes' })),
        );
      const badText = textProblems(result.data, '');
      if (badText.length > 0) return validationProblem(c, badText);
    },
  });
  const register = router.openapi;
  router.openapi = ((route, handler, hook) =>
    register(
      route.request?.query ? route : { ...route, request: { ...route.request, query: NO_QUERY } },
      handler,
      hook,
    )) as typeof register;
  return router;
}

function validationProblem(c: Context, fields: FieldError[]) {
  const summary = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
  return problemResponse(c, new AppError('VALIDATION_FAILED', summary, fields));
}

async function rawInput(c: Context, target: 'json' | 'query'): Promise<unknown> {
  if (target === 'query') return c.req.queries();
  try {
    return await c.req.json(); // cached: the validator read it already
  } catch {
    return undefined;
  }
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every string of the validated input that breaks the shared text rule (lib/schema-types.ts). */
function textProblems(value: unknown, path: string, out: FieldError[] = []): FieldError[] {
  if (typeof value === 'string') {
    const message = textProblem(path, value);
    if (message) out.push({ field: path || 'body', message });
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) textProblems(item, path ? `${path}.${i}` : String(i), out);
  } else if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) textProblems(item, path ? `${path}.${key}` : key, out);
  }
  return out;
}

/** Keys present in what was sent and absent from what the schema kept, as dotted paths. */
export function unknownFields(sent: unknown, kept: unknown, prefix: string, out: string[] = []): string[] {
  if (isPlainObject(sent) && isPlainObject(kept)) {
    for (const key of Object.keys(sent)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (!Object.hasOwn(kept, key)) out.push(path);
      else unknownFields(sent[key], kept[key], path, out);
    }
  } else if (Array.isArray(sent) && Array.isArray(kept) && sent.length === kept.length) {
    for (const [i, item] of sent.entries()) unknownFields(item, kept[i], prefix ? `${prefix}.${i}` : String(i), out);
  }
  return out;
}
