import 'server-only';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { AppError } from './errors';

/** Names each failing field: `{ "page": "Expected a whole number" }`. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    fields[key] ??= issue.message;
  }
  return fields;
}

export function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', 'Some fields are not valid.', fieldErrors(parsed.error));
  return parsed.data;
}

/** Query-string parameters as a plain object (the first value of each name). */
export function searchParamsOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams.entries());
}

function isDatabaseDown(err: unknown): boolean {
  const code = (err as { code?: string; cause?: { code?: string } })?.cause?.code ?? (err as { code?: string })?.code;
  return code === 'ECONNREFUSED' || code === '57P01' || code === '57P03' || code === 'ETIMEDOUT';
}

export function errorResponse(err: unknown, context: string): NextResponse {
  if (err instanceof AppError) {
    return NextResponse.json(err.toBody(), { status: err.status, headers: err.headers });
  }
  if (isDatabaseDown(err)) {
    console.error(`[${context}] database unavailable:`, (err as Error).message);
    return NextResponse.json(new AppError('unavailable', 'The database is unavailable. Try again shortly.').toBody(), {
      status: 503,
      headers: { 'Retry-After': '5' },
    });
  }
  console.error(`[${context}]`, err);
  return NextResponse.json(new AppError('internal', 'Something went wrong on our side.').toBody(), { status: 500 });
}

type Handler<P> = (request: Request, params: P) => Promise<Response>;

/**
 * Wraps a route handler: awaits params, runs it, and maps every failure to the JSON error shape.
 * Route files stay thin: parse, call one service, return.
 */
export function route<P extends Record<string, string>>(name: string, handler: Handler<P>) {
  return async (request: Request, ctx: { params: Promise<P> }): Promise<Response> => {
    try {
      return await handler(request, await ctx.params);
    } catch (err) {
      return errorResponse(err, name);
    }
  };
}

/** Cache-Control for anonymous, public JSON: a CDN may keep it briefly and serve stale while refreshing. */
export const publicCache = (seconds: number) => ({
  'Cache-Control': `public, max-age=0, s-maxage=${seconds}, stale-while-revalidate=${seconds * 10}`,
});
