import 'server-only';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { env } from '@/lib/env';
import { AppError } from '@/lib/http/errors';
import { getRedis } from '@/lib/redis/client';
import { LIMITS, type LimitName } from './limits';

type Holder = { limiters: Map<string, RateLimiterAbstract> };
const holder: Holder = ((globalThis as { __broadsheetLimits?: Holder }).__broadsheetLimits ??= { limiters: new Map() });

/** In memory for one process; in Redis when REDIS_URL is set, so several instances count together. */
function limiter(name: LimitName): RateLimiterAbstract {
  const cacheKey = `${env.REDIS_URL ?? 'memory'} ${name}`;
  let found = holder.limiters.get(cacheKey);
  if (!found) {
    const opts = { keyPrefix: `broadsheet:${name}`, ...LIMITS[name] };
    const redis = getRedis();
    if (redis) {
      // While Redis is unreachable, each instance keeps counting on its own rather than letting everyone through.
      found = new RateLimiterRedis({ storeClient: redis, insuranceLimiter: new RateLimiterMemory(opts), ...opts });
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
  return new AppError('rate_limited', `Too many attempts. Try again in ${minutes === 1 ? 'a minute' : `${minutes} minutes`}.`, { headers: { 'Retry-After': String(seconds) } });
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

/**
 * Takes one point from each limit at once, before the work it guards, so parallel requests cannot slip past a
 * check made earlier: of 30 at once against a limit of 10, exactly 10 go through. If any limit is used up,
 * nothing is taken and a 429 AppError is thrown. `refund` gives the points back (the attempt succeeded).
 */
export async function consumeAll(limits: [LimitName, string][]): Promise<{ refund: () => Promise<void> }> {
  const refund = async (taken: [LimitName, string][]) => {
    await Promise.all(taken.map(([name, key]) => limiter(name).reward(key, 1)));
  };
  if (!enabled()) return { refund: async () => {} };
  const results = await Promise.allSettled(limits.map(([name, key]) => limiter(name).consume(key)));
  const refused = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (refused) {
    await refund(limits.filter((_, i) => results[i]!.status === 'fulfilled'));
    throw refused.reason instanceof RateLimiterRes ? tooMany(refused.reason) : refused.reason;
  }
  return { refund: () => refund(limits) };
}
