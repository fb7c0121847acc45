/** How HTTP errors reach the UI: problem+json as ApiError, 401 → sign-in. The typed client (api/client.ts) uses these. */
export type FieldError = { field: string; message: string };

export type Problem = {
  code: string;
  title: string;
  detail: string;
  status: number;
  errors?: FieldError[];
};

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly fieldErrors: FieldError[];

  constructor(problem: Problem) {
    super(problem.detail || problem.title);
    this.status = problem.status;
    this.code = problem.code;
    this.title = problem.title;
    this.detail = problem.detail || problem.title;
    this.fieldErrors = problem.errors ?? [];
  }
}

export const isApiError = (err: unknown): err is ApiError => err instanceof ApiError;

let onUnauthorized: () => void = () => {};
/** Set once at start-up: what to do when the session has expired anywhere in the app. */
export function setUnauthorizedHandler(handler: () => void) {
  onUnauthorized = handler;
}
export const notifyUnauthorized = () => onUnauthorized();

export const networkError = () =>
  new ApiError({
    code: 'NETWORK',
    title: 'Network error',
    status: 0,
    detail: 'Rapport could not reach the server. Check your connection and try again.',
  });

type Query = Record<string, string | number | undefined | null>;

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

type RequestOptions = { method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; body?: unknown; skipAuthRedirect?: boolean };

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, skipAuthRedirect = false } = options;
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw networkError();
  }
  if (response.status === 401 && !skipAuthRedirect) onUnauthorized();
  if (!response.ok) throw new ApiError(await readProblem(response));
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export async function readProblem(response: Response): Promise<Problem> {
  const fallback: Problem = {
    code: `HTTP_${response.status}`,
    title: response.statusText || 'Request failed',
    status: response.status,
    detail: `The server answered ${response.status} ${response.statusText}`.trim(),
  };
  try {
    const body = (await response.json()) as Partial<Problem>;
    return { ...fallback, ...body, status: response.status, detail: body.detail || body.title || fallback.detail };
  } catch {
    return fallback;
  }
}

/** Turns field errors of a failed request into a map a form can show beside its inputs. */
export function fieldErrorsOf(err: unknown): Record<string, string> {
  if (!isApiError(err)) return {};
  const map: Record<string, string> = {};
  for (const e of err.fieldErrors) {
    if (!map[e.field]) map[e.field] = e.message;
  }
  return map;
}

export const errorMessage = (err: unknown): string =>
  isApiError(err) ? err.detail : err instanceof Error ? err.message : 'Something went wrong';
