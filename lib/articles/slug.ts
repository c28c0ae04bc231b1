/**
 * Segments the site's own routes and files use: a section or page (both live at `/slug`) or an article (at
 * `/section/slug`, beside `/section/page/2` and `/section/feed.xml`) may not take them.
 */
export const RESERVED_SLUGS = new Set([
  'page', 'feed.xml', 'api', 'search', 'tag', 'author', 'newsroom', 'front', 'preview', 'uploads', 'demo', 'setup',
  'sign-in', 'sign-up', 'sign-out', 'account', 'forgot-password', 'reset-password', 'verify-email', 'unsubscribe', 'newsletters', 'sitemap.xml', 'sitemaps', 'news-sitemap.xml', 'robots.txt', 'favicon.ico', 'icon', 'apple-icon', 'manifest.json', '_next',
  // Where old WordPress addresses (`/?p=123`) are looked up: next.config.js rewrites them there.
  'old-address',
]);

/**
 * Turns any text into a URL slug: accents folded ("Inés" → "ines"), everything but ASCII letters and digits
 * collapsed to single hyphens, at most `max` characters, cut at a word boundary when possible.
 */
export function slugify(text: string, max = 80): string {
  const base = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (base.length <= max) return base;
  const cut = base.slice(0, max);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > max / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}

/** A slug as stored: lower-case ASCII words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isValidSlug(slug: string): boolean {
  return slug.length > 0 && slug.length <= 120 && SLUG_PATTERN.test(slug) && !RESERVED_SLUGS.has(slug);
}

/** `base`, or the first of `base-2`, `base-3`, … that is free: how a new slug avoids one already taken. */
export function firstFreeSlug(base: string, isTaken: (slug: string) => boolean): string {
  if (!isTaken(base)) return base;
  for (let n = 2; ; n++) if (!isTaken(`${base}-${n}`)) return `${base}-${n}`;
}
