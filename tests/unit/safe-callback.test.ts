import { describe, expect, it } from 'vitest';
import { safeCallbackPath, sameOriginRedirect } from '@/lib/auth/safe-callback';

describe('safeCallbackPath', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/world', '/world'],
    ['/search?q=x#top', '/search?q=x#top'],
    ['//evil.example/path', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example/steal?x=1', '/'],
    ['javascript:alert(1)', '/'],
    // The review's finding: "/", TAB, "/" passed a check of the text; the browser strips the TAB.
    ['/\t/evil.example/phish', '/'],
    ['/\n/evil.example', '/'],
    ['/\r\n/evil.example', '/'],
    ['\t//evil.example', '/'],
    [' //evil.example', '/'],
    ['/\\/evil.example', '/'],
    ['/%09/evil.example', '/%09/evil.example'], // encoded, it stays a path on this site
    ['http://this-site.invalid.evil.example/', '/'],
    ['/account?tab=x', '/account?tab=x'],
  ])('%j → %j', (raw, expected) => expect(safeCallbackPath(raw)).toBe(expected));

  it('what it returns, opened by a browser from this site, stays on this site', () => {
    for (const raw of ['/\t/evil.example/phish', '/\\evil', '\n//evil', '/ok?next=//evil']) {
      expect(new URL(safeCallbackPath(raw), 'https://news.example').origin).toBe('https://news.example');
    }
  });
});

describe('sameOriginRedirect (next-auth)', () => {
  const base = 'https://news.example';
  it.each([
    ['/newsroom', 'https://news.example/newsroom'],
    ['https://news.example/account', 'https://news.example/account'],
    ['https://evil.example/', base],
    ['/\t/evil.example/phish', base],
    ['//evil.example', base],
    ['not a url', base],
    ['newsroom', base],
    ['http://[::1', base],
    ['javascript:alert(1)', base],
  ])('%j → %j', (url, expected) => expect(sameOriginRedirect(url, base)).toBe(expected));
});
