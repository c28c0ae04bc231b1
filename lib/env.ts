import { z } from 'zod';
import { purgersFromEnv } from '@/lib/cache/purge/purgers.js';

/**
 * The only module that reads or writes process.env. Parsed once; a bad value fails at start-up with the
 * variable named. What Next itself sets while running (NEXT_RUNTIME, NEXT_PHASE, PORT) is read at call time
 * below, and next-auth's own variables are written once, below, from ours.
 */
/** An empty variable (`DATABASE_URL=` in a .env file) means unset. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** postgres://… selects PostgreSQL; unset selects the embedded PGlite database under DATA_DIR. */
  DATABASE_URL: optional(z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')),
  DATA_DIR: z.string().min(1).default('data'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Public origin used for canonical URLs, feeds and the sitemap. */
  SITE_URL: optional(z.url()),
  /** redis://…: the page and data cache, rate limits and health are shared by every instance through it. */
  REDIS_URL: optional(z.string().regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')),
  /**
   * Cache tiers in front, purged by surrogate key on every write (lib/cache/purge/purgers.js), comma-separated:
   * `http://127.0.0.1:6081` (Varnish, deploy/varnish), `fastly://SERVICE_ID`, `cloudflare://ZONE_ID`.
   */
  CACHE_PURGE_URLS: optional(
    z.string().superRefine((value, ctx) => {
      try {
        purgersFromEnv(value);
      } catch (err) {
        ctx.addIssue({ code: 'custom', message: (err as Error).message });
      }
    }),
  ),
  FASTLY_API_TOKEN: optional(z.string()),
  CLOUDFLARE_API_TOKEN: optional(z.string()),
  /** Embedded database only: seed the demo newsroom when the database is new (default on). */
  SEED_DEMO: z.enum(['0', '1']).default('1'),
  /** The demo accounts' password when the demo is seeded; a random one is generated (and printed) when unset. */
  DEMO_PASSWORD: optional(z.string().min(10)),
  /** Signs session tokens. Required with DATABASE_URL; on the embedded database one is made and kept in DATA_DIR. */
  NEXTAUTH_SECRET: optional(z.string().min(32, 'must be at least 32 characters')),
  /**
   * `1` when a proxy in front sets X-Forwarded-Host and X-Forwarded-Proto (and overwrites what clients send):
   * only then are they believed. Otherwise the Host header is the site's, and the protocol is http.
   */
  TRUST_PROXY: z.enum(['0', '1']).default('0'),
  /** `off` switches every rate limit off, for load tests only. */
  RATE_LIMITS: z.enum(['on', 'off']).default('on'),
  GITHUB_ID: optional(z.string()),
  GITHUB_SECRET: optional(z.string()),
  GOOGLE_CLIENT_ID: optional(z.string()),
  GOOGLE_CLIENT_SECRET: optional(z.string()),
  EMAIL_SERVER: optional(z.string()),
  EMAIL_FROM: optional(z.string()),
  /** Newsletter emails per second at most (an SMTP provider's sending limit); one instance sends at a time. */
  NEWSLETTER_RATE: z.coerce.number().positive().max(10_000).default(10),
});

function parseEnv() {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export const env = parseEnv();

// next-auth reads its origin from process.env itself: the configured public URL when there is one, else the
// request's Host (a self-hosted server answers on whatever name it is reached by).
if (env.SITE_URL) process.env.NEXTAUTH_URL ??= env.SITE_URL;
else process.env.AUTH_TRUST_HOST ??= 'true';

export const siteUrl = (env.SITE_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '');

export const isEmbeddedDatabase = !env.DATABASE_URL;

/** Inside the Next server; in tests and scripts there is no data cache and nothing to expire. */
export const inNextServer = () => typeof process.env.NEXT_RUNTIME === 'string';

/** The port this server listens on: Next sets PORT from `-p` before it starts us. */
export const listeningPort = () => process.env.PORT ?? String(env.PORT);

/** True while `next build` runs: nothing may read the database then (see lib/db/client.ts). */
export const isBuildPhase = process.env.NEXT_PHASE === 'phase-production-build';
