import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { policyForPage } from '@/lib/cache/page-cache-handler';

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
