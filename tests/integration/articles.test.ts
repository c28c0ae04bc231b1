import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '@/lib/db/schema';
import { readArticle } from '@/lib/articles/article';
import { listSitemapStories, readAuthorPage, readFrontPage, readSectionPage, readTagPage } from '@/lib/articles/listings';
import { readRelated } from '@/lib/articles/read-related';
import { PAGE_SIZE } from '@/lib/http/pagination';
import { createArticle } from '../helpers/factories';
import { setupTestDatabase } from '../helpers/test-database';

const database = setupTestDatabase();
const db = () => database.current().db;

describe('front page', () => {
  it('leads with the newest story, then four top stories, latest, rails and most commented', async () => {
    const front = await readFrontPage();
    expect(front.lead?.headline).toBe('Polls close in Valdoria as both candidates claim early lead');
    expect(front.top).toHaveLength(4);
    expect(front.latest.length).toBeGreaterThan(5);
    const times = [front.lead!, ...front.top, ...front.latest].map((c) => Date.parse(c.publishedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(front.rails.map((r) => r.section.slug)).toEqual(['world', 'politics', 'business', 'science', 'climate', 'culture', 'sport']);
    expect(front.rails.every((r) => r.cards.every((c) => c.section.slug === r.section.slug))).toBe(true);
    const counts = front.mostCommented.map((c) => c.commentCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('does not show drafts', async () => {
    await createArticle(db(), { headline: 'Secret draft about the budget', status: 'draft' });
    const front = await readFrontPage();
    const all = [front.lead, ...front.top, ...front.latest, ...front.rails.flatMap((r) => r.cards)];
    expect(all.some((c) => c?.headline === 'Secret draft about the budget')).toBe(false);
  });
});

describe('article', () => {
  it('reads a published story with bylines, tags, hero, claim and its updates timeline', async () => {
    const found = await readArticle('emergency-powers-bill-passes-second-reading-by-eleven-votes');
    if (!found || !('article' in found)) throw new Error('expected the article');
    const a = found.article;
    expect(a.url).toBe('/politics/emergency-powers-bill-passes-second-reading-by-eleven-votes');
    expect(a.authors).toEqual([{ slug: 'daniel-hartley', name: 'Daniel Hartley' }]);
    expect(a.tags.map((t) => t.slug).sort()).toEqual(['civil-liberties', 'parliament']);
    expect(a.hero?.credit).toBe('Illustration: Courier graphics desk');
    expect(a.updates.map((u) => u.kind)).toEqual(['correction', 'update']);
    expect(a.updatedAt).not.toBeNull();
    expect(a.body.content.some((n) => n.type === 'heading')).toBe(true);
    expect(Object.keys(a.inlineCards).length).toBeGreaterThan(0);
  });

  it('shows a claim status and its note', async () => {
    const found = await readArticle('detector-in-disused-mine-records-signal-physicists-have-chased-for-decades');
    expect(found && 'article' in found && found.article.claimStatus).toBe('unverified');
  });

  it('is null for unknown slugs and for unpublished stories', async () => {
    const draft = await createArticle(db(), { status: 'draft' });
    expect(await readArticle('no-such-story')).toBeNull();
    expect(await readArticle(draft.slug)).toBeNull();
  });

  it('answers an old slug with the current URL', async () => {
    const article = await createArticle(db(), { headline: 'Renamed story', section: 'science' });
    await db().insert(s.slugRedirects).values({ oldSlug: 'old-name-of-story', articleId: article.id });
    expect(await readArticle('old-name-of-story')).toEqual({ redirectTo: `/science/${article.slug}` });
  });
});

describe('related stories', () => {
  it('ranks stories sharing tags first, never itself, never unpublished, and always at least four', async () => {
    const target = await createArticle(db(), { section: 'culture', tags: ['lighthouses', 'islands'] });
    const both = await createArticle(db(), { section: 'sport', tags: ['lighthouses', 'islands'], publishedAt: new Date(Date.now() - 5 * 86_400_000) });
    const one = await createArticle(db(), { section: 'sport', tags: ['islands'] });
    const draft = await createArticle(db(), { section: 'culture', tags: ['lighthouses', 'islands'], status: 'draft' });

    const related = await readRelated(target.id, target.sectionId!, 4);
    const ids = related.map((r) => r.id);
    expect(ids.slice(0, 2)).toEqual([both.id, one.id]);
    expect(ids).not.toContain(target.id);
    expect(ids).not.toContain(draft.id);
    expect(related).toHaveLength(4);
  });

  it('fills from the latest stories when nothing is related', async () => {
    const lonely = await createArticle(db(), { section: 'sport', tags: ['unique-tag-nobody-else-has'] });
    await db().delete(s.articleTags).where(eq(s.articleTags.articleId, lonely.id));
    const related = await readRelated(lonely.id, lonely.sectionId!, 4);
    expect(related).toHaveLength(4);
    expect(related.map((r) => r.id)).not.toContain(lonely.id);
  });
});

describe('listings', () => {
  it('pages a section newest first', async () => {
    for (let i = 0; i < PAGE_SIZE; i++) await createArticle(db(), { section: 'business', publishedAt: new Date(Date.now() - i * 1000) });
    const first = await readSectionPage('business', 1);
    const second = await readSectionPage('business', 2);
    expect(first?.articles.items).toHaveLength(PAGE_SIZE);
    expect(first?.articles.pageCount).toBe(2);
    expect(second?.articles.items.length).toBeGreaterThan(0);
    const firstIds = new Set(first!.articles.items.map((a) => a.id));
    expect(second!.articles.items.some((a) => firstIds.has(a.id))).toBe(false);
    expect(await readSectionPage('business', 99)).toMatchObject({ articles: { items: [] } });
    expect(await readSectionPage('no-such-section', 1)).toBeNull();
  });

  it('lists a tag and an author with their stories', async () => {
    const tag = await readTagPage('elections', 1);
    expect(tag?.tag.name).toBe('Elections');
    expect(tag?.articles.items.length).toBeGreaterThanOrEqual(3);
    const author = await readAuthorPage('priya-raman', 1);
    expect(author?.author.title).toBe('Science editor');
    expect(author?.author.articleCount).toBe(author?.articles.items.length);
    expect(author?.articles.items.every((a) => a.authors.some((b) => b.slug === 'priya-raman'))).toBe(true);
    expect(await readTagPage('nope', 1)).toBeNull();
    expect(await readAuthorPage('nobody', 1)).toBeNull();
  });

  it('lists every published story for the sitemap (pages are listed apart)', async () => {
    const entries = await listSitemapStories(1);
    const n = await db().$count(s.articles, and(eq(s.articles.status, 'published'), eq(s.articles.kind, 'story')));
    expect(entries).toHaveLength(n);
    expect(entries[0]?.url).toMatch(/^\/[a-z]+\/[a-z0-9-]+$/);
  });
});
