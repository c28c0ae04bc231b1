import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { GET as listRoute } from '@/app/api/tags/route';
import { DELETE as deleteRoute, PATCH as renameRoute } from '@/app/api/tags/[slug]/route';
import { POST as mergeRoute } from '@/app/api/tags/[slug]/merge/route';
import { readArticle } from '@/lib/articles/article';
import { readTagPage, readTagRedirect } from '@/lib/articles/listings';
import * as s from '@/lib/db/schema';
import { createArticle } from '../helpers/factories';
import { callRoute } from '../helpers/http';
import { setupTestDatabase } from '../helpers/test-database';
import { createUser, jsonInit } from '../helpers/users';

const database = setupTestDatabase();
const db = () => database.current().db;

const list = (cookie: string | undefined, query = '') => callRoute(listRoute, `/api/tags${query}`, {}, jsonInit('GET', cookie));
const rename = (cookie: string | undefined, slug: string, body: unknown) => callRoute(renameRoute, `/api/tags/${slug}`, { slug }, jsonInit('PATCH', cookie, body));
const merge = (cookie: string | undefined, slug: string, body: unknown) => callRoute(mergeRoute, `/api/tags/${slug}/merge`, { slug }, jsonInit('POST', cookie, body));
const remove = (cookie: string | undefined, slug: string) => callRoute(deleteRoute, `/api/tags/${slug}`, { slug }, jsonInit('DELETE', cookie));
const tagNamesOf = async (slug: string) => {
  const found = await readArticle(slug);
  return found && 'article' in found ? found.article.tags.map((t) => t.slug) : null;
};

describe('tags', () => {
  it('lists tags by name with their story counts, searchable and paged', async () => {
    const editor = await createUser(db(), 'editor');
    await createArticle(db(), { tags: ['lighthouses'] });
    await createArticle(db(), { tags: ['lighthouses'], status: 'draft' });
    const res = await list(editor.cookie, '?q=lighthouse');
    expect(res.status).toBe(200);
    expect(res.json.tags).toEqual([expect.objectContaining({ slug: 'lighthouses', storyCount: 2, publishedCount: 1 })]);
    const all = await list(editor.cookie);
    expect(all.json.total).toBe(await db().$count(s.tags));
    expect(all.json.tags.length).toBe(Math.min(50, all.json.total));
    expect((await list(editor.cookie, '?page=0')).status).toBe(400);
  });

  it('renames a tag: the stories show the new name and the old address redirects', async () => {
    const editor = await createUser(db(), 'editor');
    const story = await createArticle(db(), { tags: ['ferrys'] });
    const res = await rename(editor.cookie, 'ferrys', { name: 'Ferries' });
    expect(res.status).toBe(200);
    expect(res.json.tag).toMatchObject({ slug: 'ferries', name: 'Ferries', storyCount: 1 });
    expect(await tagNamesOf(story.slug)).toEqual(['ferries']);
    expect(await readTagPage('ferrys', 1)).toBeNull();
    expect(await readTagRedirect('ferrys')).toBe('ferries');
    const [entry] = await db().select().from(s.moderationActions).where(eq(s.moderationActions.action, 'tag.rename'));
    expect(entry).toMatchObject({ actorId: editor.user.id, targetType: 'tag', before: { slug: 'ferrys' }, after: { slug: 'ferries', name: 'Ferries' } });
  });

  it('answers with the renamed tag even when more than a page of tags share its name', async () => {
    const editor = await createUser(db(), 'editor');
    await db().insert(s.tags).values(Array.from({ length: 60 }, (_, i) => ({ slug: `weather-note-${i}`, name: `Weather note ${i}` })));
    await createArticle(db(), { tags: ['wether'] });
    const res = await rename(editor.cookie, 'wether', { name: 'Weather' });
    expect(res.json.tag).toMatchObject({ slug: 'weather', name: 'Weather', storyCount: 1 });
  });

  it('merges one tag into another: stories move (none twice), the old tag is gone and its address redirects', async () => {
    const editor = await createUser(db(), 'editor');
    const both = await createArticle(db(), { tags: ['covid', 'covid-19'] });
    const onlyOld = await createArticle(db(), { tags: ['covid'] });
    const res = await merge(editor.cookie, 'covid', { into: 'covid-19' });
    expect(res.status).toBe(200);
    expect(res.json.tag).toMatchObject({ slug: 'covid-19', storyCount: 2, publishedCount: 2 });
    expect(await tagNamesOf(both.slug)).toEqual(['covid-19']);
    expect(await tagNamesOf(onlyOld.slug)).toEqual(['covid-19']);
    expect(await readTagPage('covid', 1)).toBeNull();
    expect(await readTagRedirect('covid')).toBe('covid-19');
    expect((await readTagPage('covid-19', 1))?.articles.total).toBe(2);

    // Merged again: the first tag's old address follows to the tag that has its stories now.
    await createArticle(db(), { tags: ['pandemic'] });
    await merge(editor.cookie, 'covid-19', { into: 'pandemic' });
    expect(await readTagRedirect('covid')).toBe('pandemic');
  });

  it('deletes a tag from every story', async () => {
    const editor = await createUser(db(), 'editor');
    const story = await createArticle(db(), { tags: ['typo-tag', 'keepers'] });
    expect((await remove(editor.cookie, 'typo-tag')).status).toBe(204);
    expect(await tagNamesOf(story.slug)).toEqual(['keepers']);
    expect(await readTagPage('typo-tag', 1)).toBeNull();
    expect(await readTagRedirect('typo-tag')).toBeNull();
  });

  it('bad input is 400 with the field named; a taken address 409; unknown tags 404; nothing changes', async () => {
    const editor = await createUser(db(), 'editor');
    await createArticle(db(), { tags: ['harbour', 'harbours'] });
    expect((await rename(editor.cookie, 'harbour', { name: '' })).json.error.fields).toHaveProperty('name');
    expect((await rename(editor.cookie, 'harbour', { name: 'x'.repeat(61) })).status).toBe(400);
    expect((await rename(editor.cookie, 'harbour', { name: 'Harbour', slug: 'Not valid!' })).json.error.fields).toHaveProperty('slug');
    expect((await rename(editor.cookie, 'harbour', { name: 'Harbours' })).status).toBe(409);
    expect((await merge(editor.cookie, 'harbour', { into: 'harbour' })).json.error.fields).toHaveProperty('into');
    expect((await merge(editor.cookie, 'harbour', { into: 'no-such-tag' })).json.error.fields).toHaveProperty('into');
    expect((await merge(editor.cookie, 'harbour', {})).status).toBe(400);
    expect((await rename(editor.cookie, 'no-such-tag', { name: 'X' })).status).toBe(404);
    expect((await remove(editor.cookie, 'no-such-tag')).status).toBe(404);
    expect((await readTagPage('harbour', 1))?.tag.name).toBe('harbour');
  });

  it('readers and authors 403, anonymous 401', async () => {
    await createArticle(db(), { tags: ['guarded'] });
    for (const role of ['reader', 'author'] as const) {
      const { cookie } = await createUser(db(), role);
      expect((await list(cookie)).status).toBe(403);
      expect((await rename(cookie, 'guarded', { name: 'Mine' })).status).toBe(403);
      expect((await merge(cookie, 'guarded', { into: 'keepers' })).status).toBe(403);
      expect((await remove(cookie, 'guarded')).status).toBe(403);
    }
    expect((await list(undefined)).status).toBe(401);
    expect((await readTagPage('guarded', 1))?.tag.name).toBe('guarded');
  });
});
