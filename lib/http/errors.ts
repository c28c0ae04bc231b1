/**
 * The one error type of the app. Services throw it with a status and a message that is safe to show; the
 * route wrapper turns it (and anything else) into the JSON error shape of docs/http-api.md.
 */
export type ErrorCode =
  | 'invalid_input'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'method_not_allowed'
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'unavailable'
  | 'internal';

const STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};

export type ErrorBody = { error: { code: ErrorCode; message: string; fields?: Record<string, string>; current?: unknown } };

type Details = {
  /** Which fields are wrong, and how (400). */
  fields?: Record<string, string>;
  /** Headers the answer must carry (Retry-After on a 429, Allow on a 405). */
  headers?: Record<string, string>;
  /** On a 409: the resource as it is now, so the caller can show it instead of guessing. */
  current?: unknown;
};

export class AppError extends Error {
  readonly status: number;
  readonly fields?: Record<string, string>;
  readonly headers?: Record<string, string>;
  readonly current?: unknown;
  constructor(
    readonly code: ErrorCode,
    message: string,
    { fields, headers, current }: Details = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.status = STATUS[code];
    this.fields = fields;
    this.headers = headers;
    this.current = current;
  }

  toBody(): ErrorBody {
    return {
      error: { code: this.code, message: this.message, ...(this.fields ? { fields: this.fields } : {}), ...(this.current !== undefined ? { current: this.current } : {}) },
    };
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} was not found.`);
