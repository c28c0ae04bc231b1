import { afterEach, describe, expect, it } from 'vitest';
import { batches, cloudflarePurger, fastlyPurger, purgersFromEnv, varnishPurger } from '@/lib/cache/purge/purgers';
import { surrogateKey, surrogateKeyHeaders, surrogateKeys } from '@/lib/cache/surrogate-keys';
import { fakeHttpPerTest } from '@/tests/helpers/fake-http';

const server = fakeHttpPerTest(afterEach);
const signal = () => AbortSignal.timeout(5_000);
const keys = (n: number) => Array.from({ length: n }, (_, i) => `article:story-number-${i}`);

describe('surrogate keys', () => {
  it('are the cache tags, without Next’s implicit path tags, each once, in printable ASCII', () => {
    expect(surrogateKeys(['front', '_N_T_/layout', 'article:a', 'front', 'tag:café'])).toEqual(['front', 'article:a', 'tag:caf%C3%A9']);
    expect(surrogateKey('tag:a b,c')).toBe('tag:a%20b%2Cc');
  });

  it('name the tags in Surrogate-Key; nothing at all for an answer built from no tags', () => {
    expect(surrogateKeyHeaders(['site', 'front'])).toEqual({ 'surrogate-key': 'site front' });
    expect(surrogateKeyHeaders(['_N_T_/layout'])).toEqual({});
  });

  it('split into requests by count and by header length', () => {
    expect(batches(['a', 'b', 'c'], 2)).toEqual([['a', 'b'], ['c']]);
    expect(batches(['aaaa', 'bbbb', 'cccc'], 10, 10)).toEqual([['aaaa', 'bbbb'], ['cccc']]);
    expect(batches([], 5)).toEqual([]);
  });
});

describe('the Varnish purger', () => {
  it('sends PURGE with the keys in xkey-purge, in requests Varnish accepts', async () => {
    const tier = await server();
    await varnishPurger(tier.url).purge(['front', 'article:a'], signal());
    expect(tier.received).toMatchObject([{ method: 'PURGE', url: '/', headers: { 'xkey-purge': 'front article:a' } }]);

    await varnishPurger(tier.url).purge(keys(400), signal());
    const sent = tier.received.slice(1).map((r) => String(r.headers['xkey-purge']));
    expect(sent.length).toBeGreaterThan(1);
    expect(Math.max(...sent.map((h) => h.length))).toBeLessThanOrEqual(6_000);
    expect(sent.flatMap((h) => h.split(' '))).toEqual(keys(400));
  });

  it('throws when the tier refuses, so the queue retries', async () => {
    const tier = await server(() => ({ status: 403, body: 'not allowed' }));
    await expect(varnishPurger(tier.url).purge(['front'], signal())).rejects.toThrow(/403/);
  });
});

describe('the Fastly purger', () => {
  it('posts up to 256 keys a request to the service’s batch purge, with the API token', async () => {
    const api = await server();
    await fastlyPurger({ serviceId: 'SVC123', token: 'fastly-token', endpoint: api.url }).purge(keys(300), signal());
    expect(api.received).toHaveLength(2);
    for (const r of api.received) {
      expect(r).toMatchObject({ method: 'POST', url: '/service/SVC123/purge', headers: { 'fastly-key': 'fastly-token', 'content-type': 'application/json' } });
    }
    expect(api.received.map((r) => JSON.parse(r.body).surrogate_keys.length)).toEqual([256, 44]);
    expect(api.received.flatMap((r) => JSON.parse(r.body).surrogate_keys)).toEqual(keys(300));
  });

  it('throws on an error answer', async () => {
    const api = await server(() => ({ status: 401, body: { msg: 'Provided credentials are missing or invalid' } }));
    await expect(fastlyPurger({ serviceId: 'S', token: 'bad', endpoint: api.url }).purge(['front'], signal())).rejects.toThrow(/401.*credentials/);
  });
});

describe('the Cloudflare purger', () => {
  it('posts 30 tags a request to the zone’s purge_cache, with a bearer token', async () => {
    const api = await server(() => ({ status: 200, body: { success: true } }));
    await cloudflarePurger({ zoneId: 'ZONE9', token: 'cf-token', endpoint: api.url }).purge(keys(65), signal());
    expect(api.received.map((r) => JSON.parse(r.body).tags.length)).toEqual([30, 30, 5]);
    expect(api.received[0]).toMatchObject({ method: 'POST', url: '/zones/ZONE9/purge_cache', headers: { authorization: 'Bearer cf-token' } });
  });

  it('throws when Cloudflare answers 200 with success: false', async () => {
    const api = await server(() => ({ status: 200, body: { success: false, errors: [{ code: 1134 }] } }));
    await expect(cloudflarePurger({ zoneId: 'Z', token: 't', endpoint: api.url }).purge(['front'], signal())).rejects.toThrow(/refused/);
  });
});

describe('CACHE_PURGE_URLS', () => {
  it('names several tiers at once', () => {
    const purgers = purgersFromEnv(' http://127.0.0.1:6081 , fastly://SVC, cloudflare://ZONE ', { FASTLY_API_TOKEN: 'f', CLOUDFLARE_API_TOKEN: 'c' });
    expect(purgers.map((p) => p.name)).toEqual(['varnish 127.0.0.1:6081', 'fastly SVC', 'cloudflare ZONE']);
    expect(purgersFromEnv(undefined)).toEqual([]);
    expect(purgersFromEnv('')).toEqual([]);
  });

  it('refuses a CDN without its token, and anything that is not one of the three forms', () => {
    expect(() => purgersFromEnv('fastly://SVC', {})).toThrow(/FASTLY_API_TOKEN/);
    expect(() => purgersFromEnv('cloudflare://ZONE', {})).toThrow(/CLOUDFLARE_API_TOKEN/);
    expect(() => purgersFromEnv('varnish', {})).toThrow(/not a URL/);
    expect(() => purgersFromEnv('ftp://host', {})).toThrow(/is not http/);
  });
});
