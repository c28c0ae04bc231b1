import type { ErrorBody } from './errors';

/** An API error as the browser sees it: the status and the server's human message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields?: Record<string, string>,
    /** On a 409: the resource as the server has it now. */
    readonly current?: unknown,
  ) {
    super(message);
  }
}

/** fetch for our JSON API: parses the body, and turns the error shape of docs/http-api.md into an ApiError. */
export async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, { ...init, headers: { Accept: 'application/json', ...init?.headers } });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as ErrorBody | null)?.error;
    throw new ApiError(response.status, error?.message ?? `Request failed (${response.status})`, error?.fields, error?.current);
  }
  return body as T;
}

/** What a form shows when a request fails: the first field's problem, else the server's message. */
export function failureText(error: unknown, fallback = 'Could not reach the server. Try again.'): string {
  if (error instanceof ApiError) return Object.values(error.fields ?? {})[0] ?? error.message;
  return fallback;
}
