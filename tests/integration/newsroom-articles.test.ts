import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { GET as listArticles, POST as createRoute } from '@/app/api/newsroom/articles/route';
import { DELETE as deleteRoute, GET as openRoute, PUT as saveRoute } from '@/app/api/newsroom/articles/[id]/route';
import { POST as publicationRoute } from '@/app/api/newsroom/articles/[id]/publication/route';
import { GET as revisionsRoute } from '@/app/api/newsroom/articles/[id]/revisions/route';
import { GET as diffRoute } from '@/app/api/newsroom/articles/[id]/revisions/[revision]/route';
import { POST as restoreRoute } from '@/app/api/newsroom/articles/[id]/revisions/[revision]/restore/route';
import { GET as storiesRoute } from '@/app/api/newsroom/stories/route';
import { readArticle } from '@/lib/articles/article';
import { readFrontPage, readSectionPage, readTagPage } from '@/lib/articles/listings';
import { publishDue } from '@/lib/newsroom/publication';
import * as s from '@/lib/db/schema';
import { callRoute } from '../helpers/http';
import { setupTestDatabase } from '../helpers/test-database';
import { createUser, jsonInit, signedIn } from '../helpers/users';

const database = setupTestDatabase();
const db = () => database.current().db;

const doc = (...blocks: unknown[]) => ({ type: 'doc', content: blocks });
const para = (text: string, marks?: unknown[]) => ({ type: 'paragraph', content: [{ type: 'text', text, ...(marks && { marks }) }] });
let n = 0;

const create = (cookie: string | undefined, body: unknown) => callRoute(createRoute, '/api/newsroom/articles', {}, jsonInit('POST', cookie, body));
const open = (cookie: string | undefined, id: number) => callRoute(openRoute, `/api/newsroom/articles/${id}`, { id: String(id) }, jsonInit('GET', cookie));
const save = (cookie: string | undefined, id: number, body: unknown) => callRoute(saveRoute, `/api/newsroom/articles/${id}`, { id: String(id) }, jsonInit('PUT', cookie, body));
const publication = (cookie: string | undefined, id: number, body: unknown) =>
  callRoute(publicationRoute, `/api/newsroom/articles/${id}/publication`, { id: String(id) }, jsonInit('POST', cookie, body));

const ines = () => signedIn(db(), 'ines@meridian.example');
const tomasz = () => signedIn(db(), 'tomasz@meridian.example');
const editor = () => signedIn(db(), 'editor@meridian.example');

/** A draft by Inés with a body, ready to publish; returns the editor's copy. */
async function draft(cookie: string, headline = `Harbour ferry timetable changes ${++n}`) {
  const created = await create(cookie, { headline, section: 'world' });
  expect(created.status).toBe(201);
  const article = created.json.article;
  const saved = await save(cookie, article.id, { ...article, body: doc(para('The first paragraph of the story.')), tags: ['Harbour news'] });
  expect(saved.status).toBe(200);
  return saved.json.article;
}

describe('writing a story', () => {
  it('creates a draft with the writer on the byline and a slug from the headline, unseen by readers', async () => {
    const { cookie } = await ines();
    const created = await create(cookie, { headline: 'Café owners brace for a quiet winter', section: 'business' });
    expect(created.status).toBe(201);
    expect(created.json.article).toMatchObject({ status: 'draft', slug: 'cafe-owners-brace-for-a-quiet-winter', authors: ['ines-carvalho'], section: 'business', version: 1 });
    expect(await readArticle('cafe-owners-brace-for-a-quiet-winter')).toBeNull();
  });

  it('a new story takes its comment mode from its section’s override, else the site default', async () => {
    const { cookie } = await ines();
    const setDefault = (value: string) => db().update(s.settings).set({ value }).where(eq(s.settings.key, 'defaultCommentMode'));
    await setDefault('premoderated');
    await db().update(s.sections).set({ commentMode: 'closed' }).where(eq(s.sections.slug, 'sport'));
    try {
      expect((await create(cookie, { headline: 'Default mode story', section: 'world' })).json.article.commentMode).toBe('premoderated');
      expect((await create(cookie, { headline: 'Sport mode story', section: 'sport' })).json.article.commentMode).toBe('closed');
    } finally {
      await setDefault('open');
      await db().update(s.sections).set({ commentMode: null }).where(eq(s.sections.slug, 'sport'));
    }
  });

  it('saves every field, creating tags on the fly and normalising a typed slug', async () => {
    const { cookie } = await ines();
    const article = await draft(cookie);
    const saved = await save(cookie, article.id, {
      ...article,
      slug: '  Ünïcode Slug with Spaces  ',
      dek: 'Standfirst ✓ with emoji 🚢 and عربي',
      tags: ['Ferries', 'Brand new tag ' + n],
      authors: ['ines-carvalho', 'tomasz-wrona'],
      claimStatus: 'developing',
      claimNote: 'Timetable not yet confirmed by the operator.',
      commentMode: 'premoderated',
      body: doc({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'What changes' }] }, para('<script>alert(1)</script> stays text'), {
        type: 'bulletList',
        content: [{ type: 'listItem', content: [para('One')] }],
      }),
    });
    expect(saved.status).toBe(200);
    expect(saved.json.article).toMatchObject({
      slug: 'unicode-slug-with-spaces',
      dek: 'Standfirst ✓ with emoji 🚢 and عربي',
      tags: expect.arrayContaining(['Ferries', `Brand new tag ${n}`]),
      authors: ['ines-carvalho', 'tomasz-wrona'],
      claimStatus: 'developing',
      commentMode: 'premoderated',
      version: article.version + 1,
    });
    const [tag] = await db().select().from(s.tags).where(eq(s.tags.slug, `brand-new-tag-${n}`));
    expect(tag?.name).toBe(`Brand new tag ${n}`);
  });

  it('refuses bad input with the field named and changes nothing', async () => {
    const { cookie } = await ines();
    const article = await draft(cookie);
    const cases: [unknown, string][] = [
      [{ ...article, headline: '   ' }, 'headline'],
      [{ ...article, body: doc({ type: 'iframe', attrs: { src: 'https://evil.example' } }) }, 'body.content.0.type'],
      [{ ...article, body: doc(para('click', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])) }, 'body'],
      [{ ...article, body: doc({ type: 'image', attrs: { src: 'https://evil.example/x.png', alt: 'x' } }) }, 'body'],
      [{ ...article, section: 'no-such-section' }, 'section'],
      [{ ...article, authors: [] }, 'authors'],
      [{ ...article, slug: 'newsroom' }, 'slug'],
      [{ ...article, slug: '🚢🚢' }, 'slug'],
      [{ ...article, version: 'one' }, 'version'],
      [{ ...article, headline: "'; drop table articles; --".repeat(10) }, 'headline'],
    ];
    for (const [body, field] of cases) {
      const res = await save(cookie, article.id, body);
      expect(res.status, field).toBe(400);
      expect(Object.keys(res.json.error.fields)).toContain(field);
    }
    const bad = await callRoute(saveRoute, `/api/newsroom/articles/${article.id}`, { id: String(article.id) }, { method: 'PUT', headers: { cookie, 'Content-Type': 'application/json' }, body: '{"headline":' });
    expect(bad.status).toBe(400);
    expect((await open(cookie, article.id)).json.article).toEqual(article);
    expect((await save(cookie, 999_999, article)).status).toBe(404);
  });

  it('a duplicate slug is a 409 with a free suggestion', async () => {
    const { cookie } = await ines();
    const first = await draft(cookie);
    const second = await draft(cookie);
    const res = await save(cookie, second.id, { ...second, slug: first.slug });
    expect(res.status).toBe(409);
    expect(res.json.error.current.suggestion).toBe(`${first.slug}-2`);
    expect(res.json.error.fields.slug).toContain(`${first.slug}-2`);
  });

  it('the later of two saves from the same version gets 409 naming who saved, never a silent overwrite', async () => {
    const { cookie } = await ines();
    const article = await draft(cookie);
    const ed = await editor();
    expect((await save(ed.cookie, article.id, { ...article, headline: 'The editor’s headline' })).status).toBe(200);
    const late = await save(cookie, article.id, { ...article, headline: 'The writer’s headline' });
    expect(late.status).toBe(409);
    expect(late.json.error.message).toContain('Eliot Editor saved');
    expect(late.json.error.current.version).toBe(article.version + 1);
    expect((await open(cookie, article.id)).json.article.headline).toBe('The editor’s headline');
  });
});

describe('who may do what', () => {
  it('an author cannot open, save, publish or delete another author’s draft, nor see it listed', async () => {
    const mine = await draft((await ines()).cookie);
    const { cookie } = await tomasz();
    expect((await open(cookie, mine.id)).status).toBe(404);
    expect((await save(cookie, mine.id, mine)).status).toBe(404);
    expect((await publication(cookie, mine.id, { action: 'publish' })).status).toBe(404);
    expect((await callRoute(deleteRoute, `/api/newsroom/articles/${mine.id}`, { id: String(mine.id) }, jsonInit('DELETE', cookie))).status).toBe(404);
    const list = await callRoute(listArticles, '/api/newsroom/articles?state=draft', {}, jsonInit('GET', cookie));
    expect(list.json.rows.map((r: { id: number }) => r.id)).not.toContain(mine.id);
    const all = await callRoute(listArticles, '/api/newsroom/articles?state=draft', {}, jsonInit('GET', (await editor()).cookie));
    expect(all.json.rows.map((r: { id: number }) => r.id)).toContain(mine.id);
  });

  it('an author cannot take themselves off the byline, and cannot touch another author’s published story', async () => {
    const { cookie } = await ines();
    const article = await draft(cookie);
    const res = await save(cookie, article.id, { ...article, authors: ['tomasz-wrona'] });
    expect(res.status).toBe(403);
    expect((await open(cookie, article.id)).json.article.authors).toEqual(['ines-carvalho']);
    expect((await publication(cookie, article.id, { action: 'publish' })).status).toBe(200);
    expect((await save((await tomasz()).cookie, article.id, { ...article, headline: 'Hijacked' })).status).toBe(403);
    expect((await publication((await tomasz()).cookie, article.id, { action: 'unpublish' })).status).toBe(403);
  });

  it('readers get 403 and anonymous callers 401', async () => {
    const reader = await createUser(db(), 'reader');
    expect((await create(reader.cookie, { headline: 'Nope', section: 'world' })).status).toBe(403);
    expect((await create(undefined, { headline: 'Nope', section: 'world' })).status).toBe(401);
    expect((await db().select().from(s.articles).where(eq(s.articles.headline, 'Nope'))).length).toBe(0);
  });
});

describe('the dashboard', () => {
  it('filters by state, author, section and headline, with counts per state that follow the filters', async () => {
    const { cookie } = await ines();
    const mine = await draft(cookie, `Zeppelin mooring mast restored ${++n}`);
    const ed = await editor();
    const list = (c: string, qs: string) => callRoute(listArticles, `/api/newsroom/articles?${qs}`, {}, jsonInit('GET', c));

    const byText = await list(ed.cookie, 'q=zeppelin%20mooring');
    expect(byText.json.rows.map((r: { id: number }) => r.id)).toEqual([mine.id]);
    expect(byText.json.counts).toMatchObject({ draft: 1, published: 0 });
    expect(byText.json.rows[0]).toMatchObject({ status: 'draft', section: 'World', authors: ['Inés Carvalho'], commentCount: 0 });
    expect((await list(ed.cookie, 'q=zeppelin&author=tomasz-wrona')).json.rows).toEqual([]);
    expect((await list(ed.cookie, 'q=zeppelin&author=ines-carvalho&section=world&state=draft')).json.rows).toHaveLength(1);
    expect((await list(ed.cookie, 'q=zeppelin&state=published')).json.rows).toEqual([]);
    expect((await list(ed.cookie, "q=%25'%3B--")).status).toBe(200);
    expect((await list(ed.cookie, 'state=deleted')).json.error.fields).toHaveProperty('state');

    // An author sees only the stories they are on, whatever author they ask for.
    const theirs = await list((await tomasz()).cookie, 'q=zeppelin&author=ines-carvalho');
    expect(theirs.json.rows).toEqual([]);
  });

  it('deletes a draft, but not a live story', async () => {
    const { cookie } = await ines();
    const gone = await draft(cookie);
    const del = (id: number) => callRoute(deleteRoute, `/api/newsroom/articles/${id}`, { id: String(id) }, jsonInit('DELETE', cookie));
    expect((await del(gone.id)).status).toBe(204);
    expect((await open(cookie, gone.id)).status).toBe(404);
    const live = await draft(cookie);
    await publication(cookie, live.id, { action: 'publish' });
    expect((await del(live.id)).status).toBe(409);
    expect(await readArticle(live.slug)).toMatchObject({ article: { id: live.id } });
  });
});

describe('publishing', () => {
  it('publish puts the story on the front page, its section, its tags and its URL; unpublish and archive take it off', async () => {
    const { cookie } = await ines();
    const article = await draft(cookie);
    const empty = await create(cookie, { headline: 'Nothing written yet', section: 'world' });
    expect((await publication(cookie, empty.json.article.id, { action: 'publish' })).status).toBe(400);

    const res = await publication(cookie, article.id, { action: 'publish' });
    expect(res.status).toBe(200);
    expect(res.json.article.status).toBe('published');
    const found = await readArticle(article.slug);
    expect(found && 'article' in found && found.article.headline).toBe(article.headline);
    const front = await readFrontPage();
    expect(JSON.stringify(front)).toContain(article.headline);
    expect((await readSectionPage('world', 1))!.articles.items.map((c) => c.id)).toContain(article.id);
    expect((await readTagPage('harbour-news', 1))!.articles.items.map((c) => c.id)).toContain(article.id);

    expect((await publication(cookie, article.id, { action: 'unpublish' })).json.article.status).toBe('draft');
    expect(await readArticle(article.slug)).toBeNull();
    expect((await readSectionPage('world', 1))!.articles.items.map((c) => c.id)).not.toContain(article.id);
    expect((await publication(cookie, article.id, { action: 'archive' })).json.article.status).toBe('archived');
    expect(await readArticle(article.slug)).toBeNull();
  });

  it('schedules a story, which publishes itself when due, once, even with two runs at the same moment', async () => {
    const { cookie } = await ines();
    const article = await draft(cookie);
    expect((await publication(cookie, article.id, { action: 'schedule', at: new Date(Date.now() - 60_000).toISOString() })).status).toBe(400);
    expect((await publication(cookie, article.id, { action: 'schedule', at: 'tomorrow' })).status).toBe(400);
    const at = new Date(Date.now() + 60_000);
    const res = await publication(cookie, article.id, { action: 'schedule', at: at.toISOString() });
    expect(res.json.article).toMatchObject({ status: 'scheduled', scheduledFor: at.toISOString() });
    expect(await publishDue(new Date())).not.toContain(article.id);
    expect(await readArticle(article.slug)).toBeNull();

    const runs = await Promise.all([publishDue(new Date(at.getTime() + 1000)), publishDue(new Date(at.getTime() + 1000))]);
    expect(runs.flat().filter((id) => id === article.id)).toHaveLength(1);
    const found = await readArticle(article.slug);
    expect(found && 'article' in found && found.article.publishedAt).toBe(at.toISOString());
    const revisions = await db().select().from(s.articleRevisions).where(eq(s.articleRevisions.articleId, article.id));
    expect(revisions.map((r) => r.note)).toEqual(['Published on schedule']);
  });
});

describe('revisions and redirects', () => {
  it('keeps a revision of every save of a published story, shows a word diff, and restores', async () => {
    const { cookie } = await ines();
    let article = await draft(cookie);
    article = (await publication(cookie, article.id, { action: 'publish' })).json.article;
    article = (await save(cookie, article.id, { ...article, body: doc(para('The second paragraph replaced the first.')) })).json.article;

    const list = await callRoute(revisionsRoute, `/api/newsroom/articles/${article.id}/revisions`, { id: String(article.id) }, jsonInit('GET', cookie));
    expect(list.json.revisions.map((r: { note: string | null; editor: string }) => [r.note, r.editor])).toEqual([
      [null, 'Inés Carvalho'],
      ['Published', 'Inés Carvalho'],
    ]);
    const [latest, first] = list.json.revisions;
    const diff = await callRoute(diffRoute, '/x', { id: String(article.id), revision: String(latest.id) }, jsonInit('GET', cookie));
    expect(diff.json.diff.body).toEqual(
      expect.arrayContaining([
        { text: 'first', change: 'removed' },
        { text: 'second', change: 'added' },
      ]),
    );
    const restored = await callRoute(restoreRoute, '/x', { id: String(article.id), revision: String(first.id) }, jsonInit('POST', cookie));
    expect(restored.status).toBe(200);
    const found = await readArticle(article.slug);
    expect(found && 'article' in found && found.article.body).toEqual(doc(para('The first paragraph of the story.')));
    const after = await callRoute(revisionsRoute, '/x', { id: String(article.id) }, jsonInit('GET', cookie));
    expect(after.json.revisions[0].note).toBe(`Restored version ${first.version}`);
    expect((await callRoute(restoreRoute, '/x', { id: String(article.id), revision: '999999' }, jsonInit('POST', cookie))).status).toBe(404);
  });

  it('changing a published slug keeps the old URL answering with the new one', async () => {
    const { cookie } = await ines();
    let article = await draft(cookie);
    article = (await publication(cookie, article.id, { action: 'publish' })).json.article;
    const saved = await save(cookie, article.id, { ...article, slug: `${article.slug}-renamed` });
    expect(saved.status).toBe(200);
    expect(await readArticle(article.slug)).toEqual({ redirectTo: `/world/${article.slug}-renamed` });
    // Back to the first slug: it is the story's again, and the second now redirects.
    await save(cookie, article.id, { ...saved.json.article, slug: article.slug });
    expect(await readArticle(`${article.slug}-renamed`)).toEqual({ redirectTo: `/world/${article.slug}` });
    expect(await readArticle(article.slug)).toMatchObject({ article: { id: article.id } });
  });

  it('finds published stories by headline for the related-story picker', async () => {
    const { cookie } = await ines();
    const res = await callRoute(storiesRoute, '/api/newsroom/stories?q=emergency%20powers', {}, jsonInit('GET', cookie));
    expect(res.json.stories[0]).toMatchObject({ slug: 'emergency-powers-bill-passes-second-reading-by-eleven-votes' });
    const reader = await createUser(db(), 'reader');
    expect((await callRoute(storiesRoute, '/api/newsroom/stories?q=emergency', {}, jsonInit('GET', reader.cookie))).status).toBe(403);
  });
});
