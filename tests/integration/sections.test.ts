import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { GET as listRoute, POST as createRoute } from '@/app/api/sections/route';
import { DELETE as deleteRoute, PATCH as patchRoute } from '@/app/api/sections/[slug]/route';
import { GET as sectionFeed } from '@/app/[section]/feed.xml/route';
import { POST as newArticle } from '@/app/api/newsroom/articles/route';
import { readArticle } from '@/lib/articles/article';
import { listSections, readSectionPage, readSectionRedirect } from '@/lib/articles/listings';
import * as s from '@/lib/db/schema';
import { createArticle } from '../helpers/factories';
import { callRoute } from '../helpers/http';
import { setupTestDatabase } from '../helpers/test-database';
import { createUser, jsonInit } from '../helpers/users';

const database = setupTestDatabase();
const db = () => database.current().db;

const create = (cookie: string | undefined, body: unknown) => callRoute(createRoute, '/api/sections', {}, jsonInit('POST', cookie, body));
const change = (cookie: string | undefined, slug: string, body: unknown) => callRoute(patchRoute, `/api/sections/${slug}`, { slug }, jsonInit('PATCH', cookie, body));
const remove = (cookie: string | undefined, slug: string) => callRoute(deleteRoute, `/api/sections/${slug}`, { slug }, jsonInit('DELETE', cookie));
const order = async () => (await listSections()).map((x) => x.slug);

describe('sections', () => {
  it('an editor creates one, last in the order, with its address from the name; it is audited', async () => {
    const editor = await createUser(db(), 'editor');
    const res = await create(editor.cookie, { name: 'Local News', description: 'Our town, every day.' });
    expect(res.status).toBe(201);
    expect(res.json.section).toMatchObject({ slug: 'local-news', name: 'Local News', description: 'Our town, every day.', hidden: false, storyCount: 0 });
    expect((await order()).at(-1)).toBe('local-news');
    const page = await readSectionPage('local-news', 1);
    expect(page?.section.description).toBe('Our town, every day.');
    const [entry] = await db().select().from(s.moderationActions).where(eq(s.moderationActions.action, 'section.create'));
    expect(entry).toMatchObject({ actorId: editor.user.id, targetType: 'section', after: { slug: 'local-news', name: 'Local News' } });

    // An author can now start a story there.
    const author = await createUser(db(), 'author');
    const draft = await callRoute(newArticle, '/api/newsroom/articles', {}, jsonInit('POST', author.cookie, { headline: 'Harbour wall repaired', section: 'local-news' }));
    expect(draft.status).toBe(201);
    expect(draft.json.article.url).toMatch(/^\/local-news\/harbour-wall-repaired/);
  });

  it('refuses the site’s own addresses, duplicates and bad names with 400 and the field named, storing nothing', async () => {
    const editor = await createUser(db(), 'editor');
    const before = await order();
    const cases: [unknown, string][] = [
      [{ name: 'Search' }, 'slug'],
      [{ name: 'Anything', slug: 'api' }, 'slug'],
      [{ name: 'Anything', slug: 'newsroom' }, 'slug'],
      [{ name: 'Anything', slug: 'feed.xml' }, 'slug'],
      [{ name: 'Anything', slug: 'sitemap.xml' }, 'slug'],
      [{ name: 'Anything', slug: 'setup' }, 'slug'],
      [{ name: 'Anything', slug: 'about' }, 'slug'], // a page of the demo lives there
      [{ name: 'World again', slug: 'world' }, 'slug'],
      [{ name: 'Sport' }, 'slug'],
      [{ name: 'Anything', slug: 'Bad Slug!' }, 'slug'],
      [{ name: '🎉' }, 'slug'],
      [{ name: '' }, 'name'],
      [{ name: 'x'.repeat(61) }, 'name'],
      [{ name: 42 }, 'name'],
      [{ name: 'Fine', description: 'x'.repeat(501) }, 'description'],
    ];
    for (const [body, field] of cases) {
      const res = await create(editor.cookie, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.json.error.fields, JSON.stringify(body)).toHaveProperty([field]);
    }
    expect(await order()).toEqual(before);
  });

  it('names are text: script tags, emoji and right-to-left names are kept as written', async () => {
    const editor = await createUser(db(), 'editor');
    const res = await create(editor.cookie, { name: '<b>Culture</b> 🎭 ثقافة', slug: 'arts-mix' });
    expect(res.status).toBe(201);
    expect(res.json.section.name).toBe('<b>Culture</b> 🎭 ثقافة');
  });

  it('renaming moves the address: the old section page, its feed and its stories redirect', async () => {
    const editor = await createUser(db(), 'editor');
    await create(editor.cookie, { name: 'Opinion' });
    const story = await createArticle(db(), { section: 'opinion', headline: 'Why the harbour matters' });
    const res = await change(editor.cookie, 'opinion', { name: 'Comment', slug: 'comment', description: 'Argument and analysis.' });
    expect(res.status).toBe(200);
    expect(res.json.section).toMatchObject({ slug: 'comment', name: 'Comment', description: 'Argument and analysis.', storyCount: 1 });
    expect(await readSectionRedirect('opinion')).toBe('comment');
    expect(await readSectionPage('opinion', 1)).toBeNull();
    const found = await readArticle(story.slug);
    expect(found && 'article' in found && found.article.url).toBe(`/comment/${story.slug}`);
    const oldFeed = await callRoute(sectionFeed, '/opinion/feed.xml', { section: 'opinion' });
    expect(oldFeed.status).toBe(308);
    expect(oldFeed.headers.get('location')).toBe('/comment/feed.xml');

    // Renamed again: both old addresses lead to the current one. A new section may reuse an old address.
    await change(editor.cookie, 'comment', { slug: 'views' });
    expect(await readSectionRedirect('opinion')).toBe('views');
    expect(await readSectionRedirect('comment')).toBe('views');
    expect((await create(editor.cookie, { name: 'Opinion polls', slug: 'opinion' })).status).toBe(201);
    expect(await readSectionRedirect('opinion')).toBeNull();

    const log = await db().select().from(s.moderationActions).where(eq(s.moderationActions.action, 'section.update'));
    expect(log.find((e) => (e.before as { slug: string }).slug === 'opinion')).toMatchObject({ after: { slug: 'comment', name: 'Comment' } });
  });

  it('reorders, hides from the navigation and shows again', async () => {
    const editor = await createUser(db(), 'editor');
    const before = await order();
    const last = before.at(-1)!;
    const moved = await change(editor.cookie, last, { position: 0 });
    expect(moved.json.section.position).toBe(0);
    expect(await order()).toEqual([last, ...before.slice(0, -1)]);
    await change(editor.cookie, last, { position: 99 });
    expect(await order()).toEqual(before);

    expect((await change(editor.cookie, 'sport', { hidden: true })).json.section.hidden).toBe(true);
    expect((await listSections()).find((x) => x.slug === 'sport')?.hidden).toBe(true);
    expect(await readSectionPage('sport', 1)).not.toBeNull(); // still public
    await change(editor.cookie, 'sport', { hidden: false });

    const list = await callRoute(listRoute, '/api/sections', {}, jsonInit('GET', editor.cookie));
    expect(list.json.sections.map((x: { slug: string }) => x.slug)).toEqual(before);
    expect(list.json.sections.find((x: { slug: string }) => x.slug === 'sport').storyCount).toBeGreaterThan(0);
  });

  it('deletes an empty section; one with stories is 409 naming how many, and stays', async () => {
    const editor = await createUser(db(), 'editor');
    await create(editor.cookie, { name: 'Empty one' });
    expect((await remove(editor.cookie, 'empty-one')).status).toBe(204);
    expect(await readSectionPage('empty-one', 1)).toBeNull();

    await create(editor.cookie, { name: 'Busy one' });
    await createArticle(db(), { section: 'busy-one' });
    await createArticle(db(), { section: 'busy-one', status: 'draft' });
    await createArticle(db(), { section: 'busy-one', status: 'draft' });
    const busy = await remove(editor.cookie, 'busy-one');
    expect(busy.status).toBe(409);
    expect(busy.json.error.message).toContain('3 stories');
    expect(await readSectionPage('busy-one', 1)).not.toBeNull();
  });

  it('unknown sections are 404; bad JSON and unknown fields 400; readers and authors 403, anonymous 401', async () => {
    const editor = await createUser(db(), 'editor');
    expect((await change(editor.cookie, 'no-such-section', { name: 'X' })).status).toBe(404);
    expect((await remove(editor.cookie, 'no-such-section')).status).toBe(404);
    expect((await change(editor.cookie, 'Not A Slug', { name: 'X' })).status).toBe(404);
    expect((await change(editor.cookie, 'world', { colour: 'red' })).status).toBe(400);
    expect((await change(editor.cookie, 'world', { position: -1 })).json.error.fields).toHaveProperty('position');
    const notJson = await callRoute(patchRoute, '/api/sections/world', { slug: 'world' }, { method: 'PATCH', headers: { cookie: editor.cookie, 'Content-Type': 'application/json' }, body: '{' });
    expect(notJson.status).toBe(400);
    for (const role of ['reader', 'author'] as const) {
      const { cookie } = await createUser(db(), role);
      expect((await create(cookie, { name: 'Mine' })).status).toBe(403);
      expect((await change(cookie, 'world', { name: 'Mine' })).status).toBe(403);
      expect((await remove(cookie, 'world')).status).toBe(403);
    }
    expect((await create(undefined, { name: 'Mine' })).status).toBe(401);
    expect((await listSections()).find((x) => x.slug === 'world')?.name).toBe('World');
  });
});
