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
};

export function createApi(deps: Deps) {
  const app = createApp(deps);
  const call = async (method: string, path: string, token: string | undefined, body?: unknown): Promise<ApiResult> => {
    const headers: Record<string, string> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await app.request(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null, contentType: res.headers.get('content-type') };
  };
  const clientFor = (user: Client['user'], token: string | undefined): Client => ({
    user,
    get: (p) => call('GET', p, token),
    post: (p, b) => call('POST', p, token, b ?? {}),
    patch: (p, b) => call('PATCH', p, token, b),
    put: (p, b) => call('PUT', p, token, b),
    delete: (p) => call('DELETE', p, token),
  });
  return {
    app,
    anonymous: clientFor({ id: '', role: 'viewer', name: 'anonymous', email: '' }, undefined),
    async as(role: Role, name?: string): Promise<Client> {
      const user = await buildUser(deps, role, name);
      const { token } = await createApiToken(deps, null, { userId: user.id, name: 'test' });
      return clientFor(user, token);
    },
  };
}
