import { describe, expect, it } from 'vitest';
import { generateMetadata } from '@/app/(site)/search/page';
import { MARK_END, MARK_START, searchArticles, searchQuerySchema } from '@/lib/search/search-articles';
import { createArticle } from '../helpers/factories';
import { setupTestDatabase } from '../helpers/test-database';

const database = setupTestDatabase();
const search = (input: Record<string, string>) => searchArticles(searchQuerySchema.parse(input));

describe('search', () => {
  it('finds stories by their words, ranked, with highlighted snippets', async () => {
    const result = await search({ q: 'offshore wind' });
    expect(result.total).toBeGreaterThan(0);
    expect(result.hits[0]?.card.headline).toBe('Largest offshore wind farm in these waters sends first power to the grid');
    expect(result.hits[0]?.snippet).toContain(`${MARK_START}`);
    expect(result.hits[0]?.snippet).toContain(`${MARK_END}`);
  });

  it('matches word forms (stemming)', async () => {
    const result = await search({ q: 'strikes' });
    expect(result.hits.map((h) => h.card.headline)).toContain('Workers at Brightwater plant vote to strike over pensions');
  });

  it('ranks a headline match above a body mention', async () => {
    await createArticle(database.current().db, { headline: 'Market day', body: undefined, dek: 'Nothing here about lighthouses.' });
    await createArticle(database.current().db, { headline: 'Lighthouses of the north coast' });
    const result = await search({ q: 'lighthouses' });
    expect(result.hits[0]?.card.headline).toBe('Lighthouses of the north coast');
  });

  it('filters by section', async () => {
    const all = await search({ q: 'election' });
    const politics = await search({ q: 'election', section: 'politics' });
    expect(politics.total).toBeLessThan(all.total);
    expect(politics.hits.every((h) => h.card.section.slug === 'politics')).toBe(true);
  });

  it('never shows drafts', async () => {
    await createArticle(database.current().db, { headline: 'Zanzibarite discovery kept under wraps', status: 'draft' });
    expect((await search({ q: 'zanzibarite' })).total).toBe(0);
  });

  it.each([
    ["'; drop table articles; --"],
    ['" OR 1=1 --'],
    ['&&&|||!!!:*'],
    ['(((('],
    ['مرحبا بالعالم'],
    ['\u202Eevil\u202C'],
    ['🙂🙂🙂'],
    ['a'.repeat(200)],
  ])('treats %j as words and answers calmly', async (q) => {
    const result = await search({ q });
    expect(result.total).toBeGreaterThanOrEqual(0);
    expect(Array.isArray(result.hits)).toBe(true);
  });

  it('returns nothing for an empty query', async () => {
    expect(await search({ q: '   ' })).toMatchObject({ total: 0, hits: [] });
  });

  it('rejects queries that are too long, unknown-looking sections and bad pages', () => {
    expect(searchQuerySchema.safeParse({ q: 'a'.repeat(201) }).success).toBe(false);
    expect(searchQuerySchema.safeParse({ q: 'x', section: 'Robert"); DROP' }).success).toBe(false);
    expect(searchQuerySchema.safeParse({ q: 'x', page: '-1' }).success).toBe(false);
    expect(searchQuerySchema.safeParse({ q: 'x', page: 'abc' }).success).toBe(false);
  });

  it('pages results', async () => {
    for (let i = 0; i < 25; i++) await createArticle(database.current().db, { headline: `Quokka census update ${i}` });
    const first = await search({ q: 'quokka' });
    const second = await search({ q: 'quokka', page: '2' });
    expect(first.total).toBe(25);
    expect(first.pageCount).toBe(2);
    expect(first.hits).toHaveLength(20);
    expect(second.hits).toHaveLength(5);
  });

  it('search pages that find stories may be indexed; empty and invalid searches may not', async () => {
    const metadataOf = (q: string) => generateMetadata({ searchParams: Promise.resolve({ q }) });
    expect(await metadataOf('')).toEqual({ title: 'Search' });
    expect(await metadataOf('offshore wind')).toEqual({ title: 'Search: offshore wind', robots: { index: true, follow: true } });
    expect(await metadataOf('zzqxv buy-cheap-pills')).toEqual({ title: 'Search: zzqxv buy-cheap-pills', robots: { index: false, follow: true } });
    expect((await metadataOf('x'.repeat(500))).robots).toEqual({ index: false });
  });
});
