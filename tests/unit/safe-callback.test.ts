import { describe, expect, it } from 'vitest';
import { safeCallbackPath } from '@/lib/auth/safe-callback';

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
  ])('%j → %j', (raw, expected) => expect(safeCallbackPath(raw)).toBe(expected));
});
