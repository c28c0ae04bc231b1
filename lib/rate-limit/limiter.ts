import 'server-only';
import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { env } from '@/lib/env';
import { AppError } from '@/lib/http/errors';
import { LIMITS, type LimitName } from './limits';

type Holder = { redis?: Redis; limiters: Map<string, RateLimiterAbstract> };
const holder: Holder = ((globalThis as { __broadsheetLimits?: Holder }).__broadsheetLimits ??= { limiters: new Map() });

/** In memory for one process; in Redis when REDIS_URL is set, so several instances count together. */
function limiter(name: LimitName): RateLimiterAbstract {
  const cacheKey = `${env.REDIS_URL ?? 'memory'} ${name}`;
  let found = holder.limiters.get(cacheKey);
  if (!found) {
    const opts = { keyPrefix: `broadsheet:${name}`, ...LIMITS[name] };
    if (env.REDIS_URL) {
      holder.redis ??= new Redis(env.REDIS_URL, { maxRetriesPerRequest: 1, connectTimeout: 2_000 });
      // While Redis is unreachable, each instance keeps counting on its own rather than letting everyone through.
      found = new RateLimiterRedis({ storeClient: holder.redis, insuranceLimiter: new RateLimiterMemory(opts), ...opts });
    } else {
      found = new RateLimiterMemory(opts);
    }
    holder.limiters.set(cacheKey, found);
  }
  return found;
}

const enabled = () => env.RATE_LIMITS !== 'off';

function tooMany(res: RateLimiterRes): AppError {
  const seconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
  const minutes = Math.ceil(seconds / 60);
  return new AppError(
    'rate_limited',
    `Too many attempts. Try again in ${minutes === 1 ? 'a minute' : `${minutes} minutes`}.`,
    undefined,
    { 'Retry-After': String(seconds) },
  );
}

/** Takes one point for `key`; throws a 429 AppError (with Retry-After) once the limit is used up. */
export async function consume(name: LimitName, key: string): Promise<void> {
  if (!enabled()) return;
  try {
    await limiter(name).consume(key);
  } catch (err) {
    if (err instanceof RateLimiterRes) throw tooMany(err);
    throw err;
  }
}

/** Throws a 429 AppError if `key` has no points left, without taking one (checked before a sign-in attempt). */
export async function ensureNotLimited(name: LimitName, key: string): Promise<void> {
  if (!enabled()) return;
  const res = await limiter(name).get(key);
  if (res && res.consumedPoints >= LIMITS[name].points) throw tooMany(res);
}

/** Takes a point without throwing: a failure to count (e.g. a wrong password) that the next attempt sees. */
export async function penalize(name: LimitName, key: string): Promise<void> {
  if (!enabled()) return;
  await limiter(name).penalty(key, 1);
}

export async function reset(name: LimitName, key: string): Promise<void> {
  if (!enabled()) return;
  await limiter(name).delete(key);
}
