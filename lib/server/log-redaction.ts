import { loggable } from '@/lib/http/route';

/**
 * Errors Next logs itself (a page that failed to render) reach the console whole: a failed database query
 * carries its parameters, which hold what readers typed (names, emails, comments). In this process every such
 * error is logged as `loggable()` keeps it instead: the query, the database's code, the frames; no values.
 */
export function redactQueryParametersInLogs(): void {
  const original = console.error.bind(console);
  const marker = console.error as typeof console.error & { redacting?: true };
  if (marker.redacting) return;
  const redacting = Object.assign(
    (...args: unknown[]) => original(...args.map((arg) => (carriesQueryParameters(arg) ? loggable(arg) : arg))),
    { redacting: true as const },
  );
  console.error = redacting;
}

/** A Drizzle query error: its message and its `params` hold the query's values. */
export function carriesQueryParameters(value: unknown): value is Error {
  return value instanceof Error && ('params' in value || value.message.startsWith('Failed query:'));
}
