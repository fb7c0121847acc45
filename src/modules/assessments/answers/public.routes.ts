/** `/r/<token>`: the answer page, outside the API and without sign-in. Unknown tokens are rate-limited per address. */
import { getConnInfo } from '@hono/node-server/conninfo';
import { type Context, Hono } from 'hono';
import type { Deps } from '../../../deps.ts';
import { createRateLimiter } from '../../../http/rate-limit.ts';
import { answerForm, answersAsValues, notice, thankYou } from './public-page.ts';
import { findByToken, type InvitationForAnswer, submitAnswers } from './responses.service.ts';

const UNKNOWN_TITLE = 'This link does not work';
const UNKNOWN_TEXT =
  'We could not find an assessment for this link. Please check that the whole link from the e-mail was copied, or ask your contact for a new one.';
const EXPIRED_TITLE = 'This assessment has closed';
const expiredText = (i: InvitationForAnswer) =>
  i.response
    ? `Thank you, ${i.firstName}: your answers were received. This assessment has closed, so they can no longer be changed.`
    : `Sorry, ${i.firstName}: this assessment closed on ${i.expiresAt.slice(0, 10)} and no longer takes answers. If you would still like to share your view, reply to the e-mail or contact your account team.`;

function clientAddress(c: Context): string {
  const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
  if (forwarded) return forwarded;
  try {
    return getConnInfo(c).remote.address ?? 'local';
  } catch {
    return 'local';
  }
}

export function publicAnswerRoutes(deps: Deps) {
  const app = new Hono();
  // Guessing needs many wrong tokens: 20 misses per 10 minutes per address, then 429. Real links are not slowed down.
  const misses = createRateLimiter(20, 10 * 60_000);
  // Saving is limited per link: nobody needs more than 30 saves in 10 minutes.
  const saves = createRateLimiter(30, 10 * 60_000);

  const html = (c: Context, body: string, status: 200 | 404 | 410 | 422 | 429 = 200) => {
    c.header('Cache-Control', 'no-store');
    c.header('X-Robots-Tag', 'noindex');
    return c.html(body, status);
  };
  const tooMany = (c: Context, retryAfter: number) => {
    c.header('Retry-After', String(retryAfter));
    return html(c, notice('Too many attempts', 'Please wait a few minutes and try again.'), 429);
  };
  const blockedAddress = (c: Context) => {
    const hit = misses.hit(clientAddress(c), deps.now().getTime());
    return hit.allowed ? null : tooMany(c, hit.retryAfterSeconds);
  };

  app.get('/r/:token', async (c) => {
    const token = c.req.param('token');
    const found = await findByToken(deps, token);
    if (found.state === 'unknown') return blockedAddress(c) ?? html(c, notice(UNKNOWN_TITLE, UNKNOWN_TEXT), 404);
    const i = found.invitation;
    if (found.state === 'expired') return html(c, notice(EXPIRED_TITLE, expiredText(i)), 410);
    return html(
      c,
      answerForm({
        ...i,
        values: answersAsValues(i.response?.answers),
        errors: [],
        action: `/r/${token}`,
        closesOn: i.expiresAt.slice(0, 10),
        editing: i.response !== null,
        saved: c.req.query('saved') === '1',
      }),
    );
  });

  app.post('/r/:token', async (c) => {
    const token = c.req.param('token');
    const body = await c.req.parseBody();
    const input = Object.fromEntries(Object.entries(body).map(([k, v]) => [k, typeof v === 'string' ? v : '']));
    const hit = saves.hit(token, deps.now().getTime());
    if (!hit.allowed) return tooMany(c, hit.retryAfterSeconds);
    const result = await submitAnswers(deps, token, input);
    if (!result.ok && result.state === 'unknown') return blockedAddress(c) ?? html(c, notice(UNKNOWN_TITLE, UNKNOWN_TEXT), 404);
    if (!result.ok && result.state === 'expired') return html(c, notice(EXPIRED_TITLE, expiredText(result.invitation)), 410);
    if (!result.ok && result.state === 'invalid') {
      const i = result.invitation;
      return html(
        c,
        answerForm({
          ...i,
          values: result.values,
          errors: result.errors,
          action: `/r/${token}`,
          closesOn: i.expiresAt.slice(0, 10),
          editing: i.response !== null,
          saved: false,
        }),
        422,
      );
    }
    if (!result.ok) return html(c, notice(UNKNOWN_TITLE, UNKNOWN_TEXT), 404);
    const i = result.invitation;
    return html(c, thankYou({ firstName: i.firstName, closesOn: i.expiresAt.slice(0, 10), action: `/r/${token}`, edited: result.edited }));
  });
  return app;
}
