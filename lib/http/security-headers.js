/**
 * The browser security headers every answer carries (next.config.js sends them). Plain JavaScript: the Next
 * config loads it before anything is compiled.
 *
 * The Content-Security-Policy is the same for every visitor, so cached pages stay cached (a per-request nonce
 * would force every page to render per request). This static policy allows this site's script files and inline
 * scripts: Next writes each page's data into inline `self.__next_f.push(…)` scripts that no static policy can
 * name (`experimental.sri` covers only scripts with a `src`; vercel/next.js#95354). Every cached page is also
 * stored with a second policy naming its own inline scripts by hash (lib/cache/page-cache-handler.js); the
 * browser enforces both, so there inline scripts run only if they are the page's own. Every other directive is
 * strict: nothing is loaded, fetched, framed or submitted to another origin, no plugins, no <base>, and no site
 * may frame ours.
 */

/** @param {{ dev?: boolean }} [opts] */
export function contentSecurityPolicy({ dev = false } = {}) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
    // React and next/image set style attributes; Tailwind's CSS is a file.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    // Signing in with GitHub or Google posts a form here that redirects there.
    "form-action 'self' https://github.com https://accounts.google.com",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** @param {{ dev?: boolean }} [opts] */
export function securityHeaders(opts) {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(opts) },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), interest-cohort=(), browsing-topics=()',
    },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
}

/**
 * HSTS only on answers that went out over HTTPS: the proxy in front says so in X-Forwarded-Proto. A browser
 * ignores the header over plain HTTP, so a client claiming HTTPS gains nothing.
 */
export const hstsHeader = { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' };
