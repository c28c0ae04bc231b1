import { describe, expect, it } from 'vitest';
import { listingParams } from '@/lib/articles/listing-params';

describe('listingParams', () => {
  it('reads the first page at the base address', () => {
    expect(listingParams('elections')).toEqual({ slug: 'elections', page: 1 });
    expect(listingParams('elections', [])).toEqual({ slug: 'elections', page: 1 });
  });
  it('reads a later page from page/N', () => expect(listingParams('elections', ['page', '3'])).toEqual({ slug: 'elections', page: 3 }));
  it.each([
    [['page', '1']], // the first page lives at the base address only
    [['page', 'abc']],
    [['page', '0']],
    [['page']],
    [['page', '2', 'more']],
    [['feed']],
    [['2024', '05']],
  ])('refuses %j after the slug', (rest) => expect(listingParams('elections', rest)).toBeNull());
  it.each(['Elections', 'drop table;', 'a'.repeat(201), '<script>', 'الانتخابات'])('refuses the slug %j', (slug) => expect(listingParams(slug)).toBeNull());
});
