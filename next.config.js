import { fileURLToPath } from 'node:url';
import { hstsHeader, securityHeaders } from './lib/http/security-headers.js';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WASM and data files from its own package folder; bundling it breaks those paths.
  serverExternalPackages: ['@electric-sql/pglite'],
  poweredByHeader: false,
  reactStrictMode: true,
  // authInterrupts: `forbidden()` answers a page a visitor may not see with 403 (app/forbidden.tsx), not 200.
  // Not inlineCss: it put the 62 KB stylesheet inside every page, and rendering the front page again after a
  // publish got slow enough to break the budget of under 1 s to show a new story through the cache tier.
  experimental: { authInterrupts: true },
  // The server's own timers call it every few seconds (lib/server/self-call.ts): not worth a line each in `npm run dev`.
  logging: { incomingRequests: { ignore: [/^\/api\/internal\//] } },
  // 32 MB: the hot pages (front, sections, the day's stories) of a publication of any size, on a server with
  // 1 GB (README, "What the server needs"). A cache tier in front keeps the rest.
  cacheMaxMemorySize: 32 * 1024 * 1024,
  // Four widths cover phones (1x–3x) to large screens; Next's eight defaults made every picture's srcset, written
  // twice into each page (HTML and its React payload), a quarter of the front page's bytes.
  images: { deviceSizes: [640, 828, 1200, 1920] },
  // Stores each cached page with a policy naming its inline scripts' hashes (see the file). The page and data
  // cache lives in memory (or Redis), never on disk, where it would outlive the database it was read from (a
  // reset, another DATA_DIR); with a handler of our own, Next's flush-to-disk setting has nothing to act on.
  cacheHandler: fileURLToPath(new URL('./lib/cache/page-cache-handler.js', import.meta.url)),
  async rewrites() {
    return {
      // The front page lives at a dynamic route so it is rendered on first request and cached, never at build
      // time (the database is not there during `next build`).
      beforeFiles: [
        // Addresses of a WordPress site imported here (`/?p=123`, `/?page_id=7`): looked up, then redirected.
        { source: '/', has: [{ type: 'query', key: 'p', value: '\\d+' }], destination: '/old-address' },
        { source: '/', has: [{ type: 'query', key: 'page_id', value: '\\d+' }], destination: '/old-address' },
        { source: '/', destination: '/front/home' },
      ],
    };
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders({ dev: process.env.NODE_ENV === 'development' }) },
      { source: '/:path*', has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }], headers: [hstsHeader] },
      { source: '/demo/:path*', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
    ];
  },
};

export default nextConfig;
