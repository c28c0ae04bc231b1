/** Where to go after signing in: a path on this site only, never another origin (no open redirect). */
export function safeCallbackPath(raw: string | undefined | null): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  return raw;
}
