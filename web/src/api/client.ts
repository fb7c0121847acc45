/** The typed API client: every call is checked against the generated OpenAPI types. */
import createClient, { type Middleware } from 'openapi-fetch';
import { ApiError, networkError, notifyUnauthorized, readProblem } from '../lib/api.ts';
import type { components, paths } from './openapi.gen.ts';

export type { components, paths };
/** A named schema of the API, e.g. `Schema<'Account'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;
/** The 200/201 JSON body of one operation, e.g. `ResponseOf<'/accounts', 'get'>`. */
export type ResponseOf<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { responses: infer R }
  ? JsonOf<R[Extract<keyof R, 200 | 201>]>
  : never;
/** The query parameters of one operation. */
export type QueryOf<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { parameters: { query?: infer Q } }
  ? NonNullable<Q>
  : never;

// Errors become the ApiError the UI already shows; 401 sends the user to sign-in.
const problems: Middleware = {
  async onResponse({ response, schemaPath }) {
    // Signing in and asking who is signed in answer 401 as part of their job: no redirect for those.
    if (response.status === 401 && !schemaPath.startsWith('/auth/')) notifyUnauthorized();
    if (!response.ok) throw new ApiError(await readProblem(response));
    return undefined;
  },
  onError() {
    return networkError();
  },
};

export const client = createClient<paths>({ baseUrl: '/api/v1', credentials: 'same-origin', headers: { accept: 'application/json' } });
client.use(problems);

/** The body of a call whose errors were already thrown by the middleware. */
export async function data<T>(call: Promise<{ data?: T }>): Promise<T> {
  const { data: body } = await call;
  return body as T;
}

/** The JSON request body of one operation, e.g. `BodyOf<'/accounts', 'post'>`. */
export type BodyOf<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { requestBody?: infer B }
  ? JsonOf<NonNullable<B>>
  : never;

/** The multipart form fields of one operation (uploads), e.g. `FormOf<'/imports', 'post'>`. */
export type FormOf<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { requestBody?: infer B }
  ? NonNullable<B> extends { content: { 'multipart/form-data': infer F } }
    ? F
    : never
  : never;
