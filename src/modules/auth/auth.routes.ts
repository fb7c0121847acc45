import { createRoute, z } from '@hono/zod-openapi';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Deps } from '../../deps.ts';
import { createRouter } from '../../http/app-env.ts';
import { errorResponses, IdParam, jsonBody, jsonResponse, problem, security } from '../../http/openapi-common.ts';
import { createRateLimiter } from '../../http/rate-limit.ts';
import { AppError } from '../../lib/errors.ts';
import {
  ApiTokenSchema,
  CreatedTokenSchema,
  CreatedUserSchema,
  CreateTokenSchema,
  CreateUserSchema,
  MeSchema,
  SignInSchema,
  UpdateUserSchema,
  UserSchema,
} from './auth.schema.ts';
import * as auth from './auth.service.ts';

const signInRoute = createRoute({
  method: 'post',
  path: '/auth/sign-in',
  tags: ['Auth'],
  summary: 'Sign in with e-mail and password; sets the session cookie',
  request: { body: jsonBody(SignInSchema) },
  responses: {
    200: jsonResponse(z.object({ user: MeSchema, expiresAt: z.string() }), 'Signed in'),
    ...errorResponses,
    429: problem('Too many attempts; Retry-After says when to try again'),
  },
});
const signOutRoute = createRoute({
  method: 'post',
  path: '/auth/sign-out',
  tags: ['Auth'],
  summary: 'End the current session',
  security,
  responses: { 204: { description: 'Signed out' }, ...errorResponses },
});
const meRoute = createRoute({
  method: 'get',
  path: '/auth/me',
  tags: ['Auth'],
  summary: 'The signed-in user',
  security,
  responses: { 200: jsonResponse(MeSchema, 'The signed-in user'), ...errorResponses },
});
const listUsersRoute = createRoute({
  method: 'get',
  path: '/users',
  tags: ['Users'],
  summary: 'All users (used to pick owners and participants)',
  security,
  responses: { 200: jsonResponse(z.object({ items: z.array(UserSchema) }), 'Users'), ...errorResponses },
});
const createUserRoute = createRoute({
  method: 'post',
  path: '/users',
  tags: ['Users'],
  summary: 'Create a user (admin)',
  security,
  request: { body: jsonBody(CreateUserSchema) },
  responses: { 201: jsonResponse(CreatedUserSchema, 'Created; the password is shown once'), ...errorResponses },
});
const updateUserRoute = createRoute({
  method: 'patch',
  path: '/users/{id}',
  tags: ['Users'],
  summary: 'Change a user (admin; anyone may change their own name and password)',
  security,
  request: { params: IdParam, body: jsonBody(UpdateUserSchema) },
  responses: { 200: jsonResponse(UserSchema, 'Updated'), ...errorResponses },
});
const listTokensRoute = createRoute({
  method: 'get',
  path: '/tokens',
  tags: ['API tokens'],
  summary: 'API tokens (admins see all, others their own)',
  security,
  responses: { 200: jsonResponse(z.object({ items: z.array(ApiTokenSchema) }), 'Tokens'), ...errorResponses },
});
const createTokenRoute = createRoute({
  method: 'post',
  path: '/tokens',
  tags: ['API tokens'],
  summary: 'Create an API token for scripts (Authorization: Bearer ...)',
  security,
  request: { body: jsonBody(CreateTokenSchema) },
  responses: { 201: jsonResponse(CreatedTokenSchema, 'Created; the token is shown once'), ...errorResponses },
});
const revokeTokenRoute = createRoute({
  method: 'delete',
  path: '/tokens/{id}',
  tags: ['API tokens'],
  summary: 'Revoke an API token',
  security,
  request: { params: IdParam },
  responses: { 204: { description: 'Revoked' }, ...errorResponses },
});

export function authRoutes(deps: Deps) {
  const router = createRouter();
  const signInLimiter = createRateLimiter(10, 5 * 60_000);
  const secure = deps.config.publicUrl.startsWith('https://');

  router.openapi(signInRoute, async (c) => {
    const body = c.req.valid('json');
    const ip = c.req.header('x-forwarded-for')?.split(',')[0]?.trim() ?? 'local';
    const gate = signInLimiter.hit(`${ip}|${body.email.toLowerCase()}`, deps.now().getTime());
    if (!gate.allowed) {
      c.header('retry-after', String(gate.retryAfterSeconds));
      // Thrown, not returned: the error handler answers problem+json and keeps the header set above.
      throw new AppError('RATE_LIMITED', `Too many sign-in attempts; try again in ${gate.retryAfterSeconds} s`);
    }
    const result = await auth.signIn(deps, body.email, body.password);
    setCookie(c, auth.SESSION_COOKIE, result.token, {
      httpOnly: true,
      sameSite: 'Lax',
      secure,
      path: '/',
      expires: new Date(result.expiresAt),
    });
    return c.json({ user: result.user, expiresAt: result.expiresAt }, 200);
  });
  router.openapi(signOutRoute, async (c) => {
    const token = getCookie(c, auth.SESSION_COOKIE);
    if (token) await auth.signOut(deps, token);
    deleteCookie(c, auth.SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });
  router.openapi(meRoute, (c) => c.json(c.get('actor'), 200));
  router.openapi(listUsersRoute, async (c) => c.json({ items: await auth.listUsers(deps) }, 200));
  router.openapi(createUserRoute, async (c) => c.json(await auth.createUser(deps, c.get('actor'), c.req.valid('json')), 201));
  router.openapi(updateUserRoute, async (c) =>
    c.json(await auth.updateUser(deps, c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  router.openapi(listTokensRoute, async (c) => c.json({ items: await auth.listApiTokens(deps, c.get('actor')) }, 200));
  router.openapi(createTokenRoute, async (c) => {
    const actor = c.get('actor');
    const body = c.req.valid('json');
    return c.json(await auth.createApiToken(deps, actor, { name: body.name, userId: body.userId ?? actor.id }), 201);
  });
  router.openapi(revokeTokenRoute, async (c) => {
    await auth.revokeApiToken(deps, c.get('actor'), c.req.valid('param').id);
    return c.body(null, 204);
  });
  return router;
}
