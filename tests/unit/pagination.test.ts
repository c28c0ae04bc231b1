import { describe, expect, it } from 'vitest';
import { MAX_PAGE, pageCountOf, parsePage } from '@/lib/http/pagination';

describe('parsePage', () => {
  it('defaults to the first page when absent', () => {
    expect(parsePage(undefined)).toEqual({ page: 1 });
    expect(parsePage('')).toEqual({ page: 1 });
  });
  it('reads whole numbers', () => expect(parsePage('7')).toEqual({ page: 7 }));
  it.each(['-1', '0', 'abc', '1.5', '1e3', ' 2', '２', "1' or '1'='1", String(MAX_PAGE + 1), '99999999999999999999'])(
    'rejects %j with a message',
    (raw) => {
      const parsed = parsePage(raw);
      expect('error' in parsed && parsed.error.length > 0).toBe(true);
    },
  );
});

describe('pageCountOf', () => {
  it('is at least one page', () => expect(pageCountOf(0)).toBe(1));
  it('rounds up', () => expect(pageCountOf(41, 20)).toBe(3));
  it('never exceeds the deepest page', () => expect(pageCountOf(1_000_000, 20)).toBe(MAX_PAGE));
});
