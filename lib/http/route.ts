import 'server-only';
import { NextResponse } from 'next/server';
import { env } from '@/lib/env';
import { withReadTags } from '@/lib/cache/read-tags';
import { requireActor, type Actor } from '@/lib/auth/actor';
import { mayAttempt, type Action } from '@/lib/auth/permissions';
import { AppError } from './errors';
import { assertStorableText } from '@/lib/validation/storable-text';

/** Query-string parameters as a plain object (the first value of each name); unstorable text is a 400. */
export function searchParamsOf(request: Request): Record<string, string> {
  const params = Object.fromEntries(new URL(request.url).searchParams.entries());
  assertStorableText(params);
  return params;
}

/** Network errors and PostgreSQL's "shutting down / cannot connect" classes (57P0x, 08xxx). */
const DOWN_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006']);
/** node-postgres says these in words, without a code, when a connection dies under a query or a checkout. */
const DOWN_MESSAGES = /Connection terminated|not queryable|timeout exceeded when trying to connect|Connection refused/i;

/** Whether `err` means the database is out of reach (503, try again), as opposed to a bug (500). */
export function isDatabaseDown(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, message } = e as { code?: string; message?: string };
    if ((code && DOWN_CODES.has(code)) || (typeof message === 'string' && DOWN_MESSAGES.test(message) && !message.startsWith('Failed query'))) return true;
  }
  return false;
}

/**
 * What the log keeps of an unexpected error: its kind, message, database code and stack, never the query's
 * parameters or the row in a constraint's detail (they hold what readers typed: names, emails, comments).
 */
export function loggable(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { error: String(err).slice(0, 200) };
  const cause = err.cause as { code?: string; message?: string; constraint?: string } | undefined;
  // Drizzle's "Failed query: <sql> params: <values>": the SQL is code, the values are not logged.
  const message = err.message.startsWith('Failed query:') ? err.message.split('\nparams:')[0] : err.message;
  return {
    name: err.name,
    message,
    ...((err as { code?: string }).code && { code: (err as { code?: string }).code }),
    ...(cause?.code && { code: cause.code, cause: cause.message, constraint: cause.constraint }),
    // The stack's first lines repeat the message: keep only the frames.
    stack: err.stack?.split('\n').filter((line) => line.startsWith('    at ')).slice(0, 5).join('\n'),
  };
}

/** Personal and staff answers, and every error: no browser, proxy or CDN may keep them. */
export const PRIVATE_NO_STORE = 'private, no-store';

export function errorResponse(err: unknown, context: string): NextResponse {
  const headers = { 'Cache-Control': PRIVATE_NO_STORE };
  if (err instanceof AppError) {
    return NextResponse.json(err.toBody(), { status: err.status, headers: { ...headers, ...err.headers } });
  }
  if (isDatabaseDown(err)) {
    const { cause, message } = loggable(err);
    console.error(`[${context}] database unavailable:`, cause ?? message);
    return NextResponse.json(new AppError('unavailable', 'The database is unavailable. Try again shortly.').toBody(), {
      status: 503,
      headers: { ...headers, 'Retry-After': '5' },
    });
  }
  console.error(`[${context}]`, loggable(err));
  return NextResponse.json(new AppError('internal', 'Something went wrong on our side.').toBody(), { status: 500, headers });
}

/** An answer that says nothing about its caching is personal until shown otherwise: `private, no-store`. */
export function privateUnlessSaid(response: Response): Response {
  if (response.headers.has('Cache-Control')) return response;
  try {
    response.headers.set('Cache-Control', PRIVATE_NO_STORE);
    return response;
  } catch {
    // A response with immutable headers (Response.redirect): copy it.
    const copy = new Response(response.body, response);
    copy.headers.set('Cache-Control', PRIVATE_NO_STORE);
    return copy;
  }
}

type Handler<P> = (request: Request, params: P) => Promise<Response>;
type ActorHandler<P> = (request: Request, params: P, actor: Actor) => Promise<Response>;

/** Who may call a route: `anyone`, any `signed-in` account, or accounts whose role holds a grant for the action. */
export type Access = 'anyone' | 'signed-in' | Action;
/** Marks every handler with the rule it declared, so the authorization matrix can read it. */
export const ACCESS = Symbol('access');

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses writes that a browser sends on behalf of another site: a foreign Origin, or Sec-Fetch-Site
 * cross-site. Clients that are not browsers send neither and pass; they have no victim's cookies to ride on.
 * The site's own host is the Host header, or X-Forwarded-Host only behind a trusted proxy (TRUST_PROXY=1).
 */
export function assertSameOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method)) return;
  if (request.headers.get('sec-fetch-site') === 'cross-site') throw new AppError('forbidden', 'Cross-site requests are not allowed.');
  const origin = request.headers.get('origin');
  if (!origin) return;
  const forwarded = env.TRUST_PROXY === '1' ? request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() : undefined;
  const host = forwarded || request.headers.get('host') || new URL(request.url).host;
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    // "null" or garbage: not our origin
  }
  if (originHost !== host) throw new AppError('forbidden', 'Cross-site requests are not allowed.');
}

/** Reads at most `maxBytes` of a request's body, whatever Content-Length claims: 413 past it. */
async function readCapped(request: Request, maxBytes: number): Promise<Buffer> {
  const tooLarge = () => new AppError('payload_too_large', `The body is larger than ${maxBytes} bytes.`);
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge();
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const next = await reader?.read();
    if (!next || next.done) break;
    size += next.value.byteLength;
    if (size > maxBytes) {
      await reader?.cancel();
      throw tooLarge();
    }
    chunks.push(next.value);
  }
  return Buffer.concat(chunks);
}

/** The JSON body of a write: 415 unless it says application/json, 413 past `maxBytes`, 400 when it does not parse. */
export async function readJson(request: Request, maxBytes = 16_384): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new AppError('unsupported_media_type', 'Send the body as JSON (Content-Type: application/json).');
  }
  const raw = await readCapped(request, maxBytes);
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new AppError('invalid_input', 'The body is not valid JSON.', { fields: { _: 'Invalid JSON' } });
  }
  assertStorableText(body);
  return body;
}

/** Whether the body is a plain HTML form's (sent by a browser without JavaScript). */
export const isFormPost = (request: Request) => /^application\/x-www-form-urlencoded\s*(;|$)/i.test(request.headers.get('content-type') ?? '');

/** A plain HTML form's fields (the first value of each), capped like a JSON body. */
export async function readFormFields(request: Request, maxBytes = 16_384): Promise<Record<string, string>> {
  const fields = Object.fromEntries(new URLSearchParams((await readCapped(request, maxBytes)).toString('utf8')).entries());
  assertStorableText(fields);
  return fields;
}

function wrap<P extends Record<string, string>>(name: string, access: Access, run: (request: Request, params: P) => Promise<Response>) {
  const handler = async (request: Request, ctx: { params: Promise<P> }): Promise<Response> => {
    try {
      assertSameOrigin(request);
      const params = await ctx.params;
      return privateUnlessSaid(await withReadTags(() => run(request, params)));
    } catch (err) {
      return errorResponse(err, name);
    }
  };
  return Object.assign(handler, { [ACCESS]: access });
}

/**
 * Wraps a route handler anyone may call: refuses cross-site writes, awaits params, runs it, and maps every
 * failure to the JSON error shape. Route files stay thin: parse, call one service, return.
 */
export function route<P extends Record<string, string>>(name: string, handler: Handler<P>) {
  return wrap(name, 'anyone', handler);
}

/**
 * Like `route`, for callers who must be signed in (401 otherwise) and, when `access` names an action, hold a
 * grant for it (403 otherwise). The handler gets the actor, re-read from the database. The service still
 * checks the case in hand (whose resource, a ban); this is the route's declared rule, in one place.
 * `fresh` re-reads the account on a GET too (downloads of everything).
 */
export function signedInRoute<P extends Record<string, string>>(name: string, access: Exclude<Access, 'anyone'>, handler: ActorHandler<P>, options?: { fresh?: boolean }) {
  return wrap<P>(name, access, async (request, params) => {
    const actor = await requireActor(request, options);
    if (access !== 'signed-in' && !mayAttempt(actor.role, access)) throw new AppError('forbidden', 'Your role does not allow this.');
    return handler(request, params, actor);
  });
}

/**
 * Cache-Control for anonymous, public answers: a cache tier may keep them (purged by the tags of the reads they
 * were built from, which route() names in Surrogate-Key) and serve them stale while refreshing.
 */
export const publicCache = (seconds: number) => ({
  'Cache-Control': `public, max-age=0, s-maxage=${seconds}, stale-while-revalidate=${seconds * 10}`,
});

const ANSWERED = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
type Method = (typeof ANSWERED)[number];
/** Marks the handlers below, so a test can tell them from a route's own. */
export const NOT_ALLOWED = Symbol('method not allowed');

/**
 * Handlers for the methods a route does not take: 405 with the JSON error shape and `Allow` (Next's own 405
 * has neither). Each route file ends with `export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST')`.
 * HEAD (from GET) and OPTIONS (with Allow) Next answers itself.
 */
export function otherMethods<const A extends Method[]>(...allowed: A) {
  const allow = [...allowed, ...((allowed as Method[]).includes('GET') ? ['HEAD'] : []), 'OPTIONS'].join(', ');
  const handler = Object.assign(
    async (request: Request) =>
      NextResponse.json(new AppError('method_not_allowed', `${request.method} is not allowed here; use ${allowed.join(' or ')}.`).toBody(), {
        status: 405,
        headers: { Allow: allow, 'Cache-Control': PRIVATE_NO_STORE },
      }),
    { [NOT_ALLOWED]: true },
  );
  return Object.fromEntries(ANSWERED.filter((m) => !(allowed as Method[]).includes(m)).map((m) => [m, handler])) as Record<Exclude<Method, A[number]>, typeof handler>;
}
