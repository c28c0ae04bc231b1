/**
 * Return addresses after signing in, up or out. A check of the raw text is not enough: the URL parser (and the
 * browser) drops tabs and newlines and reads `\` as `/`, so `/<TAB>/evil.example` becomes `//evil.example`.
 * Each address is resolved by the parser first, and kept only when it lands on this site.
 */

const PLACEHOLDER_ORIGIN = 'http://this-site.invalid';

/** A path on this site for `raw`, as the browser will read it; `/` for anything that would leave the site. */
export function safeCallbackPath(raw: string | undefined | null): string {
  if (!raw) return '/';
  let url: URL;
  try {
    url = new URL(raw, PLACEHOLDER_ORIGIN);
  } catch {
    return '/';
  }
  return url.origin === PLACEHOLDER_ORIGIN ? `${url.pathname}${url.search}${url.hash}` : '/';
}

/**
 * next-auth's `redirect` callback: `url` when it resolves to this site's origin, else the site's home. An address
 * that does not parse (`not a url`) is treated as none given, where next-auth's own check would throw (a 500).
 */
export function sameOriginRedirect(url: string, baseUrl: string): string {
  try {
    // A path is resolved against the site; anything else must be a whole address.
    const target = url.trimStart().startsWith('/') ? new URL(url, baseUrl) : new URL(url);
    if (target.origin === new URL(baseUrl).origin) return target.href;
  } catch {
    // not an address: as if none was given
  }
  return baseUrl;
}
