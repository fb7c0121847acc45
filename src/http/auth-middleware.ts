/** Every /api/v1 route is authenticated: a session cookie (web UI) or `Authorization: Bearer <token>` (scripts). */
import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import type { Deps } from '../deps.ts';
import { AppError } from '../lib/errors.ts';
import { resolveActor, SESSION_COOKIE } from '../modules/auth/index.ts';
import type { AppEnv } from './app-env.ts';
import { problemResponse } from './problem.ts';

const PUBLIC_PATHS = new Set(['/api/v1/auth/sign-in']);

export function authenticate(deps: Deps) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (PUBLIC_PATHS.has(c.req.path)) return next();
    const header = c.req.header('authorization');
    const bearer = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const session = getCookie(c, SESSION_COOKIE);
    const actor = await resolveActor(deps, { bearer, session });
    if (!actor) {
      const reason = header || session ? 'The session or token is not valid (expired, revoked or unknown)' : 'Sign in or send an API token';
      return problemResponse(c, new AppError('UNAUTHENTICATED', reason));
    }
    c.set('actor', actor);
    return next();
  });
}
