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

/** A write's request: the method, and the body as JSON when there is one. */
export const jsonRequest = (method: string, body?: unknown): RequestInit => ({
  method,
  ...(body !== undefined && { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
});

/** The server's message for a failed request; `fallback` when it never answered (the network failed). */
export function errorMessage(error: unknown, fallback = 'Could not reach the server. Try again.'): string {
  return error instanceof ApiError ? error.message : fallback;
}

/** What a form shows when a request fails: the problem with `field` (or with the first field the server named), else its message. */
export function failureText(error: unknown, fallback = 'Could not reach the server. Try again.', field?: string): string {
  if (!(error instanceof ApiError)) return fallback;
  const fields = error.fields ?? {};
  return (field === undefined ? Object.values(fields)[0] : fields[field]) ?? error.message;
}

/** A form's failure: the server's message, and the field errors to show beside the inputs. */
export function formFailure(error: unknown, fallback = 'Could not reach the server. Try again.'): { error: string; fields?: Record<string, string> } {
  return error instanceof ApiError ? { error: error.message, fields: error.fields } : { error: fallback };
}
