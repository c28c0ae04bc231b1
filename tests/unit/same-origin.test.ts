import { afterAll, describe, expect, it, vi } from 'vitest';

// The route module reads TRUST_PROXY once, at start-up: each case loads it afresh.
async function routeWith(trustProxy: '0' | '1') {
  vi.resetModules();
  vi.stubEnv('TRUST_PROXY', trustProxy);
  return import('@/lib/http/route');
}
afterAll(() => vi.unstubAllEnvs());

const behindProxy = () =>
  new Request('http://internal:3000/api/account', {
    method: 'POST',
    headers: { host: 'internal:3000', 'x-forwarded-host': 'news.example', origin: 'https://news.example' },
  });

describe('the same-origin check', () => {
  it('without TRUST_PROXY, X-Forwarded-Host is not the site’s host: a write claiming it is refused', async () => {
    const { assertSameOrigin } = await routeWith('0');
    expect(() => assertSameOrigin(behindProxy())).toThrow(/Cross-site/);
    expect(() => assertSameOrigin(new Request('http://internal:3000/x', { method: 'POST', headers: { host: 'internal:3000', origin: 'http://internal:3000' } }))).not.toThrow();
  });

  it('behind a trusted proxy (TRUST_PROXY=1) the forwarded host is the site’s', async () => {
    const { assertSameOrigin } = await routeWith('1');
    expect(() => assertSameOrigin(behindProxy())).not.toThrow();
    const other = new Request('http://internal:3000/x', { method: 'POST', headers: { host: 'internal:3000', 'x-forwarded-host': 'news.example', origin: 'https://evil.example' } });
    expect(() => assertSameOrigin(other)).toThrow(/Cross-site/);
  });
});
