import { z } from 'zod';
import { AppError } from '@/lib/http/errors';
import { assertStorableText } from './storable-text';

/**
 * Input validation for services, below HTTP: a service checks what it is given whether a route, a server
 * action, a script or a test calls it, and a failure is an `invalid_input` AppError naming each field.
 */

/** Names each failing field: `{ "page": "Expected a whole number" }`. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    fields[key] ??= issue.message;
  }
  return fields;
}

/** Checks `input` against `schema` (after refusing text that cannot be stored): 400 with the fields named. */
export function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  assertStorableText(input);
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', 'Some fields are not valid.', { fields: fieldErrors(parsed.error) });
  return parsed.data;
}
