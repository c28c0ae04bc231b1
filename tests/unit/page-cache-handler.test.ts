import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { policyForPage } from '@/lib/cache/page-cache-handler';
import { fakeHttp } from '@/tests/helpers/fake-http';
import { fetchCtx, fetchValue, handlerOfNewProcess, pageCtx, pageSetCtx, pageValue } from '@/tests/helpers/page-cache';

const hash = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;

describe('the policy a cached page is stored with', () => {
  it('names each inline script by its hash, and nothing else inline', () => {
    const html =
      '<html><head><script src="/_next/static/a.js" async=""></script><script type="application/ld+json">{"@type":"NewsArticle"}</script></head>' +
      '<body><script>self.__next_f.push([0])</script><script>self.__next_f.push([1,"payload <b>"])</script></body></html>';
    const policy = policyForPage(html);
    const scripts = policy.split('; ').find((d) => d.startsWith('script-src'))!;
    expect(scripts).toBe(`script-src 'self' ${hash('self.__next_f.push([0])')} ${hash('self.__next_f.push([1,"payload <b>"])')}`);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('a page without inline scripts allows only the site’s own files', () => {
    expect(policyForPage('<html><body><p>Text</p></body></html>')).toContain("script-src 'self';");
  });
});

describe('the page and data cache in memory', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllEnvs();
  });

  it('serves a stored read until one of its tags is expired, then renders it anew', async () => {
    const cache = handlerOfNewProcess();
    expect(await cache.get('settings', fetchCtx(['site']))).toBeNull();
    await cache.set('settings', fetchValue({ name: 'The Meridian' }, ['site']), { fetchCache: true, tags: ['site'] });
    expect((await cache.get('settings', fetchCtx(['site'])))?.value.data.body).toBe('{"name":"The Meridian"}');

    await cache.revalidateTag(['front']);
    expect(await cache.get('settings', fetchCtx(['site']))).not.toBeNull();
    await cache.revalidateTag('site');
    expect(await cache.get('settings', fetchCtx(['site']))).toBeNull();
  });

  it('throws away a render that began before an expiry and finished after it (it read the old story)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const cache = handlerOfNewProcess();
    vi.setSystemTime(1_000_000);
    expect(await cache.get('/world/story', pageCtx)).toBeNull(); // a reader's miss: the render begins
    vi.setSystemTime(1_000_050);
    await cache.revalidateTag('article:story'); // an editor's correction commits and expires the story
    vi.setSystemTime(1_000_400);
    await cache.set('/world/story', pageValue('<p>Old text</p>', ['article:story']), pageSetCtx); // the render ends
    expect(await cache.get('/world/story', pageCtx)).toBeNull();

    // The render that began after the expiry read the correction: kept.
    vi.setSystemTime(1_000_500);
    await cache.set('/world/story', pageValue('<p>Corrected text</p>', ['article:story']), pageSetCtx);
    expect((await cache.get('/world/story', pageCtx))?.value.html).toBe('<p>Corrected text</p>');
  });

  it('stores a page with its inline scripts’ hashes and its tags as surrogate keys', async () => {
    const cache = handlerOfNewProcess();
    await cache.get('/', pageCtx);
    await cache.set('/', pageValue('<script>self.__next_f.push([0])</script>', ['site', 'front']), pageSetCtx);
    const headers = (await cache.get('/', pageCtx))?.value.headers;
    expect(headers['surrogate-key']).toBe('site front');
    expect(headers['content-security-policy']).toContain(hash('self.__next_f.push([0])'));
  });

  it('purges each expiry at the configured tiers, after recording it', async () => {
    const tier = await fakeHttp();
    try {
      vi.stubEnv('CACHE_PURGE_URLS', tier.url);
      const cache = handlerOfNewProcess();
      await cache.set('/', pageValue('<p>Front</p>', ['front']), pageSetCtx);
      await cache.revalidateTag(['front', '_N_T_/']);
      // By the time the tier hears of it, the cache already answers with a miss.
      expect(await cache.get('/', pageCtx)).toBeNull();
      await expect.poll(() => tier.received.map((r) => r.headers['xkey-purge'])).toContain('front');
      expect(tier.received[0]).toMatchObject({ method: 'PURGE' });
    } finally {
      await tier.close();
    }
  });
});
