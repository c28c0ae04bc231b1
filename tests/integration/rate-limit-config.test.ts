import Redis from 'ioredis';
import { afterAll, describe, expect, it, vi } from 'vitest';

// Rate limits read REDIS_URL and RATE_LIMITS once, at start-up: each case loads the module afresh.
async function limiterWith(env: Record<string, string>) {
  vi.resetModules();
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  return import('@/lib/rate-limit/limiter');
}

afterAll(() => vi.unstubAllEnvs());

describe('rate limit configuration', () => {
  it('RATE_LIMITS=off lets every request through', async () => {
    const { consume } = await limiterWith({ RATE_LIMITS: 'off', REDIS_URL: '' });
    for (let i = 0; i < 50; i++) await consume('signUpsPerIp', 'load-test');
  });

  it('counts in memory by default', async () => {
    const { consume } = await limiterWith({ RATE_LIMITS: 'on', REDIS_URL: '' });
    for (let i = 0; i < 5; i++) await consume('signUpsPerIp', 'memory-ip');
    await expect(consume('signUpsPerIp', 'memory-ip')).rejects.toMatchObject({ status: 429 });
  });

  it('counts in Redis when REDIS_URL is set, so every instance sees the same count', async () => {
    const url = 'redis://127.0.0.1:6379';
    const key = `redis-ip-${Date.now()}`;
    const { consume } = await limiterWith({ RATE_LIMITS: 'on', REDIS_URL: url });
    for (let i = 0; i < 5; i++) await consume('signUpsPerIp', key);
    const redis = new Redis(url);
    try {
      expect(Number(await redis.get(`broadsheet:signUpsPerIp:${key}`))).toBe(5);
      // A second instance (a fresh module, as in another process) shares the count.
      const other = await limiterWith({ RATE_LIMITS: 'on', REDIS_URL: url });
      await expect(other.consume('signUpsPerIp', key)).rejects.toMatchObject({ status: 429 });
    } finally {
      await redis.del(`broadsheet:signUpsPerIp:${key}`);
      redis.disconnect();
    }
  });

  it('takes sign-in points atomically in Redis too: of 30 attempts at once on two instances, exactly 10 pass', async () => {
    const url = 'redis://127.0.0.1:6379';
    const pair = `guess@example.org 203.0.113.${Date.now() % 250}-${Math.random()}`;
    const a = await limiterWith({ RATE_LIMITS: 'on', REDIS_URL: url });
    const b = await limiterWith({ RATE_LIMITS: 'on', REDIS_URL: url });
    const attempt = (l: typeof a) => l.consumeAll([['signInFailuresPerAccountAndIp', pair]]);
    const results = await Promise.allSettled(Array.from({ length: 30 }, (_, i) => attempt(i % 2 ? a : b)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(10);
    expect(results.filter((r) => r.status === 'rejected' && (r.reason as { status?: number }).status === 429)).toHaveLength(20);
    const redis = new Redis(url);
    await redis.del(`broadsheet:signInFailuresPerAccountAndIp:${pair}`);
    redis.disconnect();
  });
});
