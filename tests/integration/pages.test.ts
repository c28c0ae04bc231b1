import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { GET as pagesRoute } from '@/app/api/newsroom/pages/route';
import { POST as createRoute } from '@/app/api/newsroom/articles/route';
import { GET as openRoute, PUT as saveRoute } from '@/app/api/newsroom/articles/[id]/route';
import { POST as publicationRoute } from '@/app/api/newsroom/articles/[id]/publication/route';
import { GET as revisionsRoute } from '@/app/api/newsroom/articles/[id]/revisions/route';
import { GET as siteFeed } from '@/app/feed.xml/route';
import { GET as sitemapRoute } from '@/app/sitemaps/[name]/route';
import { readArticle } from '@/lib/articles/article';
import { listSitemapStories, readFrontPage } from '@/lib/articles/listings';
import * as s from '@/lib/db/schema';
import { previewArticle } from '@/lib/newsroom/editor-article';
import { listPublishedPages, readPage } from '@/lib/pages/read-page';
import { searchArticles } from '@/lib/search/search-articles';
import { createSection } from '@/lib/sections/manage-sections';
import { callRoute } from '../helpers/http';
import { paragraphDoc } from '../helpers/factories';
import { setupTestDatabase } from '../helpers/test-database';
import { createUser, jsonInit } from '../helpers/users';

const database = setupTestDatabase();
const db = () => database.current().db;

const create = (cookie: string | undefined, body: unknown) => callRoute(createRoute, '/api/newsroom/articles', {}, jsonInit('POST', cookie, body));
const save = (cookie: string | undefined, id: number, body: unknown) => callRoute(saveRoute, `/x/${id}`, { id: String(id) }, jsonInit('PUT', cookie, body));
const publish = (cookie: string | undefined, id: number, action = 'publish') => callRoute(publicationRoute, '/x', { id: String(id) }, jsonInit('POST', cookie, { action }));

/** An editor writes and publishes a page (a new one, or the draft given); returns it as the editor has it. */
async function publishedPage(cookie: string, title: string, text: string, existing?: { id: number; version: number }) {
  const draft = existing ?? (await create(cookie, { kind: 'page', headline: title })).json.article;
  const saved = (await save(cookie, draft.id, { headline: title, dek: '', slug: '', heroMediaId: null, body: paragraphDoc(text), version: draft.version })).json.article;
  return (await publish(cookie, saved.id)).json.article;
}

describe('pages', () => {
  it('an editor writes a page in the story editor; it lives at its own address, in the footer list and the sitemap', async () => {
    const editor = await createUser(db(), 'editor');
    const draft = await create(editor.cookie, { kind: 'page', headline: 'Contact us' });
    expect(draft.status).toBe(201);
    expect(draft.json.article).toMatchObject({ kind: 'page', section: '', url: '/contact-us', status: 'draft', authors: [], commentMode: 'closed' });
    expect(await readPage('contact-us')).toBeNull(); // a draft is not on the site

    const page = await publishedPage(editor.cookie, 'Contact us', 'Write to newsroom@harbour.example.', draft.json.article);
    expect(page).toMatchObject({ status: 'published', url: '/contact-us' });
    const found = await readPage('contact-us');
    expect(found && 'page' in found && found.page).toMatchObject({ title: 'Contact us', url: '/contact-us' });
    expect((await listPublishedPages()).map((p) => p.url)).toContain('/contact-us');
    expect((await callRoute(sitemapRoute, '/sitemaps/pages.xml', { name: 'pages.xml' })).text).toContain('/contact-us</loc>');

    // The revision history and the preview work as for stories.
    const revisions = await callRoute(revisionsRoute, '/x', { id: String(page.id) }, jsonInit('GET', editor.cookie));
    expect(revisions.json.revisions[0]).toMatchObject({ headline: 'Contact us', note: 'Published' });
    expect(await previewArticle({ id: editor.user.id, name: 'E', email: editor.user.email, role: 'editor', banned: false, emailVerified: true }, page.id)).toMatchObject({ kind: 'page', page: { title: 'Contact us' } });
  });

  it('never shows in fronts, feeds, search results or the stories of the sitemap, and is not a story', async () => {
    const editor = await createUser(db(), 'editor');
    const page = await publishedPage(editor.cookie, 'Quokka policy', 'Quokka quokka quokka: the policy.');
    const front = await readFrontPage();
    const ids = [front.lead, ...front.top, ...front.latest, ...front.mostCommented, ...front.rails.flatMap((r) => r.cards)].map((c) => c?.id);
    expect(ids).not.toContain(page.id);
    const feed = await callRoute(siteFeed, '/feed.xml', {});
    expect(feed.text).not.toContain('quokka-policy');
    expect((await searchArticles({ q: 'quokka', section: '', page: 1 })).hits).toHaveLength(0);
    expect((await listSitemapStories(1)).map((e) => e.url)).not.toContain('/quokka-policy');
    expect(await readArticle('quokka-policy')).toBeNull();
  });

  it('a renamed page’s old address redirects; a page may not take a section’s address', async () => {
    const editor = await createUser(db(), 'editor');
    const page = await publishedPage(editor.cookie, 'Jobs', 'Work with us.');
    const renamed = await save(editor.cookie, page.id, { headline: 'Careers', dek: '', slug: 'careers', heroMediaId: null, body: paragraphDoc('Work with us.'), version: page.version });
    expect(renamed.json.article.url).toBe('/careers');
    expect(await readPage('jobs')).toEqual({ redirectTo: '/careers' });

    const taken = await save(editor.cookie, page.id, { headline: 'Careers', dek: '', slug: 'world', heroMediaId: null, body: paragraphDoc('x'), version: renamed.json.article.version });
    expect(taken.status).toBe(409);
    expect(taken.json.error.fields.slug).toContain('world-2');
    const reserved = await save(editor.cookie, page.id, { headline: 'Careers', dek: '', slug: 'newsroom', heroMediaId: null, body: paragraphDoc('x'), version: renamed.json.article.version });
    expect(reserved.status).toBe(400);
    expect(reserved.json.error.fields).toHaveProperty('slug');

    // A new page titled like a section takes the next free address.
    await createSection({ id: editor.user.id, name: 'E', email: editor.user.email, role: 'editor', banned: false, emailVerified: true }, { name: 'Weather' });
    const weather = await create(editor.cookie, { kind: 'page', headline: 'Weather' });
    expect(weather.json.article.url).toBe('/weather-2');
  });

  it('a page takes a page’s fields only; story fields are refused as unknown, a story’s required ones are not asked', async () => {
    const editor = await createUser(db(), 'editor');
    const draft = (await create(editor.cookie, { kind: 'page', headline: 'Privacy' })).json.article;
    const res = await save(editor.cookie, draft.id, { headline: '', dek: '', slug: '', heroMediaId: null, body: paragraphDoc('x'), version: draft.version });
    expect(res.status).toBe(400);
    expect(res.json.error.fields).toHaveProperty('headline');
    const [row] = await db().select().from(s.articles).where(eq(s.articles.id, draft.id));
    expect(row).toMatchObject({ headline: 'Privacy', kind: 'page', sectionId: null });
  });

  it('editors and admins manage pages; authors cannot open a draft page (404), edit a live one (403) or create one (403)', async () => {
    const editor = await createUser(db(), 'editor');
    const author = await createUser(db(), 'author');
    const draft = (await create(editor.cookie, { kind: 'page', headline: 'Secret draft page' })).json.article;
    const live = await publishedPage(editor.cookie, 'Ethics code', 'We do not take gifts.');
    expect((await create(author.cookie, { kind: 'page', headline: 'Mine' })).status).toBe(403);
    expect((await callRoute(openRoute, '/x', { id: String(draft.id) }, jsonInit('GET', author.cookie))).status).toBe(404);
    expect((await save(author.cookie, live.id, { headline: 'Hacked', dek: '', slug: '', heroMediaId: null, body: paragraphDoc('x'), version: live.version })).status).toBe(403);
    expect((await publish(author.cookie, live.id, 'unpublish')).status).toBe(403);
    expect((await callRoute(pagesRoute, '/api/newsroom/pages', {}, jsonInit('GET', author.cookie))).status).toBe(403);
    const admin = await createUser(db(), 'admin');
    const pages = await callRoute(pagesRoute, '/api/newsroom/pages', {}, jsonInit('GET', admin.cookie));
    expect(pages.json.pages.map((p: { title: string }) => p.title)).toEqual(expect.arrayContaining(['About us', 'Corrections policy', 'Ethics code', 'Secret draft page']));
    const found = await readPage('ethics-code');
    expect(found && 'page' in found && found.page.title).toBe('Ethics code');
  });
});
