import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { PATCH as patchAccount, POST as signUp } from '@/app/api/account/route';
import { GET as threadRoute, POST as postComment } from '@/app/api/articles/[slug]/comments/route';
import { POST as reportError } from '@/app/api/articles/[slug]/error-reports/route';
import { PUT as putAuthor } from '@/app/api/authors/[slug]/route';
import { POST as reportComment } from '@/app/api/comments/[id]/reports/route';
import { PATCH as editComment } from '@/app/api/comments/[id]/route';
import { GET as auditRoute } from '@/app/api/moderation/audit/route';
import { GET as queueRoute } from '@/app/api/moderation/comments/route';
import { POST as decideRoute } from '@/app/api/moderation/comments/[id]/route';
import { POST as banRoute } from '@/app/api/moderation/users/[id]/ban/route';
import { POST as newArticle } from '@/app/api/newsroom/articles/route';
import { PUT as saveArticle } from '@/app/api/newsroom/articles/[id]/route';
import { POST as mediaRoute } from '@/app/api/newsroom/media/route';
import { GET as storiesRoute } from '@/app/api/newsroom/stories/route';
import { POST as sectionsRoute } from '@/app/api/sections/route';
import { PATCH as settingsRoute } from '@/app/api/settings/route';
import { POST as setupRoute } from '@/app/api/setup/route';
import { PATCH as renameTag } from '@/app/api/tags/[slug]/route';
import { GET as usersRoute, POST as addUser } from '@/app/api/users/route';
import * as s from '@/lib/db/schema';
import { paragraphDoc } from '../helpers/factories';
import { callRoute } from '../helpers/http';
import { setupTestDatabase } from '../helpers/test-database';
import { createUser, jsonInit, signedIn } from '../helpers/users';

/**
 * The review found a NUL character (or half an emoji) answered 500 on at least 14 routes, the database refusing
 * it. Every route now refuses it at the door with 400 and the field named, and stores nothing.
 */
const database = setupTestDatabase();
const db = () => database.current().db;

const NUL = 'before\u0000after';
const LONE_SURROGATE = 'half an emoji \ud83d here';
const ARTICLE = 'emergency-powers-bill-passes-second-reading-by-eleven-votes';
type Call = (bad: string) => Promise<{ status: number; json: { error?: { fields?: Record<string, string> } } }>;

async function cases(): Promise<[string, string, Call][]> {
  const admin = (await createUser(db(), 'admin')).cookie;
  const editor = (await createUser(db(), 'editor')).cookie;
  const reader = await createUser(db(), 'reader');
  const [approved] = await db().select().from(s.comments).where(eq(s.comments.status, 'approved')).limit(1);
  const own = await db().insert(s.comments).values({ articleId: approved!.articleId, authorId: reader.user.id, body: 'Mine to edit' }).returning();
  const draft = (await callRoute(newArticle, '/x', {}, jsonInit('POST', editor, { headline: 'Draft for NUL', section: 'world' }))).json.article;
  const ines = (await signedIn(db(), 'ines@meridian.example')).cookie;
  type Handler<P> = (request: Request, ctx: { params: Promise<P> }) => Promise<Response>;
  const post =
    <P extends Record<string, string>>(handler: Handler<P>, params: P, cookie: string | undefined, method: string, body: (bad: string) => unknown) =>
    (bad: string) =>
      callRoute(handler, '/x', params, jsonInit(method, cookie, body(bad)));
  const get = (handler: Handler<Record<string, never>>, cookie: string, param: string) => (bad: string) => callRoute(handler, `/x?${param}=${encodeURIComponent(bad)}`, {}, jsonInit('GET', cookie));
  return [
    ['POST /api/account', 'name', post(signUp, {}, undefined, 'POST', (bad) => ({ email: `nul-${Math.random()}@example.org`, password: 'a long fine passphrase', name: bad }))],
    ['PATCH /api/account', 'name', post(patchAccount, {}, reader.cookie, 'PATCH', (bad) => ({ name: bad }))],
    ['POST /api/articles/{slug}/comments', 'body', post(postComment, { slug: ARTICLE }, reader.cookie, 'POST', (bad) => ({ body: bad }))],
    ['PATCH /api/comments/{id}', 'body', post(editComment, { id: String(own[0]!.id) }, reader.cookie, 'PATCH', (bad) => ({ body: bad }))],
    ['POST /api/comments/{id}/reports', 'note', post(reportComment, { id: String(approved!.id) }, editor, 'POST', (bad) => ({ reason: 'spam', note: bad }))],
    ['POST /api/articles/{slug}/error-reports', 'body', post(reportError, { slug: ARTICLE }, reader.cookie, 'POST', (bad) => ({ body: `The date is wrong: ${bad}` }))],
    ['PUT /api/authors/{slug}', 'shortBio', post(putAuthor, { slug: 'ines-carvalho' }, ines, 'PUT', (bad) => ({ displayName: 'Inés Carvalho', title: '', shortBio: bad, longBio: '', links: [] }))],
    ['POST /api/moderation/comments/{id}', 'reason', post(decideRoute, { id: String(approved!.id) }, editor, 'POST', (bad) => ({ action: 'reject', reason: bad }))],
    ['POST /api/moderation/users/{id}/ban', 'reason', post(banRoute, { id: String(reader.user.id) }, editor, 'POST', (bad) => ({ reason: bad }))],
    ['POST /api/newsroom/articles', 'headline', post(newArticle, {}, editor, 'POST', (bad) => ({ headline: bad, section: 'world' }))],
    ['PUT /api/newsroom/articles/{id}', 'body.content.0.content.0.text', post(saveArticle, { id: String(draft.id) }, editor, 'PUT', (bad) => ({ ...draft, version: draft.version, body: paragraphDoc(bad) }))],
    ['POST /api/sections', 'name', post(sectionsRoute, {}, editor, 'POST', (bad) => ({ name: bad }))],
    ['PATCH /api/tags/{slug}', 'name', post(renameTag, { slug: 'elections' }, editor, 'PATCH', (bad) => ({ name: bad }))],
    ['PATCH /api/settings', 'tagline', post(settingsRoute, {}, admin, 'PATCH', (bad) => ({ tagline: bad }))],
    ['POST /api/setup', 'publicationName', post(setupRoute, {}, undefined, 'POST', (bad) => ({ token: 'x', publicationName: bad, admin: {} }))],
    ['POST /api/users', 'name', post(addUser, {}, admin, 'POST', (bad) => ({ name: bad, email: 'x@example.org', password: 'a long fine passphrase', role: 'author' }))],
    ['GET /api/users?q=', 'q', get(usersRoute, editor, 'q')],
    ['GET /api/moderation/comments?q=', 'q', get(queueRoute, editor, 'q')],
    ['GET /api/moderation/audit?action=', 'action', get(auditRoute, editor, 'action')],
    ['GET /api/newsroom/stories?q=', 'q', get(storiesRoute, editor, 'q')],
    ['GET /api/articles/{slug}/comments?cursor=', 'cursor', (bad) => callRoute(threadRoute, `/x?cursor=${encodeURIComponent(bad)}`, { slug: ARTICLE })],
  ];
}

describe('text that cannot be stored', () => {
  it('a NUL character is 400 with the field named, on every route that takes text', async () => {
    const all = await cases();
    expect(all.length).toBeGreaterThanOrEqual(14);
    for (const [name, field, call] of all) {
      const res = await call(NUL);
      expect(res.status, name).toBe(400);
      expect(Object.keys(res.json.error?.fields ?? {}), name).toContain(field);
    }
  });

  it('so is half an emoji (a lone surrogate); a whole emoji and right-to-left text are fine', async () => {
    for (const [name, field, call] of (await cases()).slice(0, 6)) {
      const res = await call(LONE_SURROGATE);
      expect(res.status, name).toBe(400);
      expect(Object.keys(res.json.error?.fields ?? {}), name).toContain(field);
    }
    const { cookie } = await createUser(db(), 'reader');
    const ok = await callRoute(patchAccount, '/x', {}, jsonInit('PATCH', cookie, { name: 'Zoë 📰 مريم' }));
    expect(ok.status).toBe(200);
  });

  it('nothing is stored: the comment, the section and the setting are not there', async () => {
    const before = { comments: await db().$count(s.comments), sections: await db().$count(s.sections) };
    for (const [, , call] of await cases()) await call(NUL);
    expect(await db().$count(s.comments)).toBe(before.comments + 1); // the one `cases()` itself inserts
    expect(await db().$count(s.sections)).toBe(before.sections);
    expect((await db().select().from(s.settings).where(eq(s.settings.key, 'tagline')))[0]?.value).not.toContain('\u0000');
  });

  it('an upload’s text fields are checked too', async () => {
    const { cookie } = await createUser(db(), 'author');
    const form = new FormData();
    form.set('image', new File([new Uint8Array(await sharp({ create: { width: 20, height: 20, channels: 3, background: '#000' } }).png().toBuffer())], 'x.png'));
    form.set('alt', NUL);
    const res = await callRoute(mediaRoute, '/x', {}, { method: 'POST', headers: { cookie }, body: form });
    expect(res.status).toBe(400);
    expect(res.json.error.fields).toHaveProperty('alt');
  });
});
