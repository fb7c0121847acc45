/** Calls the real HTTP app in-process with a bearer token per user, as a script would. */
import { createApp } from '../../src/app.ts';
import type { Deps } from '../../src/deps.ts';
import type { Role } from '../../src/domain/vocabulary.ts';
import { createApiToken } from '../../src/modules/auth/index.ts';
import { buildUser } from './builders.ts';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are asserted field by field in each test
export type ApiResult = { status: number; body: any; contentType: string | null };
export type Client = {
  user: { id: string; role: Role; name: string; email: string };
  get(path: string): Promise<ApiResult>;
  post(path: string, body?: unknown): Promise<ApiResult>;
  patch(path: string, body: unknown): Promise<ApiResult>;
  put(path: string, body: unknown): Promise<ApiResult>;
  delete(path: string): Promise<ApiResult>;
  /** Any method; a FormData body goes as multipart, anything else as JSON. */
  send(method: string, path: string, body?: unknown): Promise<ApiResult>;
};

export function createApi(deps: Deps) {
  const app = createApp(deps);
  const call = async (method: string, path: string, token: string | undefined, body?: unknown): Promise<ApiResult> => {
    const headers: Record<string, string> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    const multipart = body instanceof FormData;
    if (body !== undefined && !multipart) headers['content-type'] = 'application/json';
    const payload = body === undefined ? undefined : multipart ? body : JSON.stringify(body);
    const res = await app.request(path, { method, headers, body: payload });
    const text = await res.text();
    const contentType = res.headers.get('content-type');
    const json = text && (contentType ?? '').includes('json');
    return { status: res.status, body: json ? JSON.parse(text) : text || null, contentType };
  };
  const clientFor = (user: Client['user'], token: string | undefined): Client => ({
    user,
    get: (p) => call('GET', p, token),
    post: (p, b) => call('POST', p, token, b ?? {}),
    patch: (p, b) => call('PATCH', p, token, b),
    put: (p, b) => call('PUT', p, token, b),
    delete: (p) => call('DELETE', p, token),
    send: (m, p, b) => call(m, p, token, b),
  });
  return {
    app,
    /** A client for a raw bearer token (e.g. one that was revoked). */
    withToken: (token: string) => clientFor({ id: '', role: 'viewer', name: 'token', email: '' }, token),
    anonymous: clientFor({ id: '', role: 'viewer', name: 'anonymous', email: '' }, undefined),
    async as(role: Role, name?: string): Promise<Client> {
      const user = await buildUser(deps, role, name);
      const { token } = await createApiToken(deps, null, { userId: user.id, name: 'test' });
      return clientFor(user, token);
    },
  };
}
