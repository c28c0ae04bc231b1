import { describe, expect, it } from 'vitest';
import { GET as liveRoute } from '@/app/api/articles/[slug]/live/route';
import { GET as deskRoute, POST as coverageRoute } from '@/app/api/newsroom/articles/[id]/live/route';
import { POST as postEntryRoute } from '@/app/api/newsroom/articles/[id]/live-entries/route';
import { DELETE as deleteEntryRoute, PATCH as patchEntryRoute } from '@/app/api/newsroom/live-entries/[id]/route';
import { liveBlogJsonLd } from '@/lib/articles/json-ld';
import { createArticle, paragraphDoc } from '../helpers/factories';
import { callRoute } from '../helpers/http';
import { setupTestDatabase } from '../helpers/test-database';
import { createUser, jsonInit, signedIn } from '../helpers/users';

const database = setupTestDatabase();
const db = () => database.current().db;
const editor = () => signedIn(db(), 'editor@meridian.example');
const coverage = async (id: number, action: string, cookie?: string) => callRoute(coverageRoute, '/x', { id: String(id) }, jsonInit('POST', cookie ?? (await editor()).cookie, { action }));
const post = async (id: number, body: unknown, cookie?: string) => callRoute(postEntryRoute, '/x', { id: String(id) }, jsonInit('POST', cookie ?? (await editor()).cookie, body));
const read = (slug: string, after?: number) => callRoute(liveRoute, `/api/articles/${slug}/live${after ? `?after=${after}` : ''}`, { slug });

describe('live blogs', () => {
  it('an editor starts coverage and posts entries; readers get them newest first, and only the new ones after an id', async () => {
    const story = await createArticle(db(), { section: 'world', headline: 'Storm live' });
    expect((await read(story.slug)).status).toBe(404); // not a live blog yet
    expect((await post(story.id, { body: paragraphDoc('Too early') })).status).toBe(409);
    const started = await coverage(story.id, 'start');
    expect(started.status).toBe(200);
    expect(started.json.live).toMatchObject({ endedAt: null });

    const first = await post(story.id, { headline: 'Winds reach 100 km/h', body: paragraphDoc('Gusts on the coast.'), keyEvent: true });
    expect(first.status).toBe(201);
    expect(first.json.entry).toMatchObject({ headline: 'Winds reach 100 km/h', keyEvent: true, author: expect.any(String) });
    const second = await post(story.id, { body: paragraphDoc('Ferries cancelled — مرحبا 🌊 <script>x</script>') });
    const all = await read(story.slug);
    expect(all.headers.get('cache-control')).toContain('s-maxage=2');
    expect(all.json.entries.map((e: { id: number }) => e.id)).toEqual([second.json.entry.id, first.json.entry.id]);
    expect((await read(story.slug, first.json.entry.id)).json.entries.map((e: { id: number }) => e.id)).toEqual([second.json.entry.id]);
    expect((await read(story.slug, second.json.entry.id)).json.entries).toEqual([]);

    const jsonLd = liveBlogJsonLd({ headline: story.headline, description: '', url: `/world/${story.slug}`, publishedAt: story.publishedAt!.toISOString() }, all.json.live, all.json.entries);
    expect(jsonLd).toMatchObject({ '@type': 'LiveBlogPosting', coverageStartTime: all.json.live.startedAt, liveBlogUpdate: [{ '@type': 'BlogPosting' }, { headline: 'Winds reach 100 km/h' }] });
    expect(jsonLd).not.toHaveProperty('coverageEndTime');

    // Editors correct and delete.
    const { cookie } = await editor();
    const fixed = await callRoute(patchEntryRoute, '/x', { id: String(first.json.entry.id) }, jsonInit('PATCH', cookie, { headline: 'Winds reach 110 km/h' }));
    expect(fixed.json.entry).toMatchObject({ headline: 'Winds reach 110 km/h', updatedAt: expect.any(String) });
    expect((await callRoute(deleteEntryRoute, '/x', { id: String(second.json.entry.id) }, jsonInit('DELETE', cookie))).status).toBe(204);
    expect((await read(story.slug)).json.entries.map((e: { headline: string }) => e.headline)).toEqual(['Winds reach 110 km/h']);

    // Ended: an ordinary story with its entries; no more posts.
    const ended = await coverage(story.id, 'end');
    expect(ended.json.live.endedAt).toEqual(expect.any(String));
    expect((await read(story.slug)).json.live.endedAt).toEqual(ended.json.live.endedAt);
    expect((await post(story.id, { body: paragraphDoc('Late') })).status).toBe(409);
    const desk = await callRoute(deskRoute, '/x', { id: String(story.id) }, jsonInit('GET', cookie));
    expect(desk.json.entries).toHaveLength(1);
  });

  it('refuses bad entries, strangers and authors who may not correct', async () => {
    const story = await createArticle(db(), { section: 'world' });
    await coverage(story.id, 'start');
    expect((await post(story.id, { body: { type: 'doc', content: [{ type: 'paragraph' }] } })).json.error.fields.body).toBe('Write something');
    expect((await post(story.id, { headline: 'a\nb', body: paragraphDoc('x') })).json.error.fields.headline).toBe('One line only');
    expect((await post(story.id, { body: { type: 'doc', content: [{ type: 'iframe' }] } })).status).toBe(400);
    expect((await post(story.id, { body: paragraphDoc('x'), extra: 1 })).status).toBe(400);
    expect((await coverage(story.id, 'pause')).status).toBe(400);
    const reader = await createUser(db(), 'reader');
    expect((await post(story.id, { body: paragraphDoc('x') }, reader.cookie)).status).toBe(403);
    expect((await callRoute(postEntryRoute, '/x', { id: String(story.id) }, jsonInit('POST', undefined, { body: paragraphDoc('x') }))).status).toBe(401);
    const entry = await post(story.id, { body: paragraphDoc('By the editor') });
    const author = await signedIn(db(), 'ines@meridian.example');
    expect((await callRoute(patchEntryRoute, '/x', { id: String(entry.json.entry.id) }, jsonInit('PATCH', author.cookie, { headline: 'Mine now' }))).status).toBe(403);
    expect((await callRoute(deleteEntryRoute, '/x', { id: '999999' }, jsonInit('DELETE', (await editor()).cookie))).status).toBe(404);
    expect((await read('no-such-story')).status).toBe(404);
    expect((await read(story.slug, 'x' as unknown as number)).status).toBe(400);
  });
});
