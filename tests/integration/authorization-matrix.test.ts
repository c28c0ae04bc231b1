import { describe, expect, it } from 'vitest';
import { DELETE as deleteAccount, GET as getAccount, PATCH as patchAccount, POST as postAccount } from '@/app/api/account/route';
import { GET as getSession } from '@/app/api/session/route';
import { GET as getComments, POST as postComment } from '@/app/api/articles/[slug]/comments/route';
import { GET as getAuthor, PUT as putAuthor } from '@/app/api/authors/[slug]/route';
import { POST as postAvatar } from '@/app/api/authors/[slug]/avatar/route';
import { GET as getHealth } from '@/app/api/health/route';
import { GET as getPing } from '@/app/api/ping/route';
import { DELETE as signOutEverywhereRoute } from '@/app/api/account/sessions/route';
import { DELETE as unban, POST as ban } from '@/app/api/moderation/users/[id]/ban/route';
import { GET as moderationQueue } from '@/app/api/moderation/comments/route';
import { POST as decide } from '@/app/api/moderation/comments/[id]/route';
import { POST as decideBulk } from '@/app/api/moderation/comments/bulk/route';
import { GET as auditLog } from '@/app/api/moderation/audit/route';
import { DELETE as liftSurge } from '@/app/api/moderation/articles/[id]/surge/route';
import { GET as readModeration, PUT as saveModeration } from '@/app/api/moderation/settings/route';
import { PUT as putRole } from '@/app/api/users/[id]/role/route';
import { DELETE as unlikeComment, PUT as likeComment } from '@/app/api/comments/[id]/like/route';
import { POST as reportCommentRoute } from '@/app/api/comments/[id]/reports/route';
import { DELETE as deleteCommentRoute, PATCH as patchCommentRoute } from '@/app/api/comments/[id]/route';
import { GET as listUsers } from '@/app/api/users/route';
import { GET as newsroomList, POST as newsroomCreate } from '@/app/api/newsroom/articles/route';
import { DELETE as newsroomDelete, GET as newsroomOpen, PUT as newsroomSave } from '@/app/api/newsroom/articles/[id]/route';
import { POST as newsroomPublication } from '@/app/api/newsroom/articles/[id]/publication/route';
import { GET as newsroomRevisions } from '@/app/api/newsroom/articles/[id]/revisions/route';
import { GET as newsroomDiff } from '@/app/api/newsroom/articles/[id]/revisions/[revision]/route';
import { POST as newsroomRestore } from '@/app/api/newsroom/articles/[id]/revisions/[revision]/restore/route';
import { POST as newsroomUpdate } from '@/app/api/newsroom/articles/[id]/updates/route';
import { POST as newsroomMedia } from '@/app/api/newsroom/media/route';
import { GET as newsroomStories } from '@/app/api/newsroom/stories/route';
import { GET as errorInbox } from '@/app/api/newsroom/error-reports/route';
import { PATCH as errorStatus } from '@/app/api/newsroom/error-reports/[id]/route';
import { POST as reportError } from '@/app/api/articles/[slug]/error-reports/route';
import { POST as publishDueRoute } from '@/app/api/internal/publish-due/route';
import { POST as expireRoute } from '@/app/api/internal/expire/route';
import { POST as flushViewsRoute } from '@/app/api/internal/flush-views/route';
import { GET as mostReadRoute } from '@/app/api/most-read/route';
import { POST as viewRoute } from '@/app/api/views/route';
import { GET as backupRoute } from '@/app/api/newsroom/backup/route';
import { GET as exportRoute } from '@/app/api/newsroom/export/route';
import { POST as importRoute } from '@/app/api/newsroom/import/route';
import { GET as ownDataRoute } from '@/app/api/account/export/route';
import { GET as getEmails, PATCH as patchEmails } from '@/app/api/account/emails/route';
import { POST as resendVerification } from '@/app/api/account/email-verification/route';
import { POST as confirmVerification } from '@/app/api/account/email-verification/confirm/route';
import { POST as requestReset } from '@/app/api/account/password-reset/route';
import { POST as confirmReset } from '@/app/api/account/password-reset/confirm/route';
import { POST as unsubscribeRoute } from '@/app/api/unsubscribe/route';
import { GET as listNewsletters, POST as createNewsletterRoute } from '@/app/api/newsletters/route';
import { DELETE as deleteNewsletterRoute, PATCH as patchNewsletterRoute } from '@/app/api/newsletters/[slug]/route';
import { POST as subscribeRoute } from '@/app/api/newsletters/[slug]/subscriptions/route';
import { GET as listIssuesRoute, POST as createIssueRoute } from '@/app/api/newsletters/[slug]/issues/route';
import { DELETE as deleteIssueRoute, GET as readIssueRoute, PATCH as patchIssueRoute } from '@/app/api/newsletter-issues/[id]/route';
import { GET as previewIssueRoute } from '@/app/api/newsletter-issues/[id]/preview/route';
import { POST as scheduleIssueRoute } from '@/app/api/newsletter-issues/[id]/schedule/route';
import { POST as testIssueRoute } from '@/app/api/newsletter-issues/[id]/test/route';
import { POST as unscheduleIssueRoute } from '@/app/api/newsletter-issues/[id]/unschedule/route';
import { POST as alertRoute } from '@/app/api/newsroom/articles/[id]/alert/route';
import { GET as liveBlogRoute } from '@/app/api/articles/[slug]/live/route';
import { GET as liveDeskRoute, POST as liveCoverageRoute } from '@/app/api/newsroom/articles/[id]/live/route';
import { POST as liveEntryRoute } from '@/app/api/newsroom/articles/[id]/live-entries/route';
import { DELETE as deleteLiveEntryRoute, PATCH as patchLiveEntryRoute } from '@/app/api/newsroom/live-entries/[id]/route';
import { DELETE as clearBannerRoute, GET as bannerRoute, PUT as setBannerRoute } from '@/app/api/banner/route';
import { POST as confirmSubscriptionRoute } from '@/app/api/newsletter-confirmations/route';
import { GET as ownNewsletters } from '@/app/api/account/newsletters/route';
import { DELETE as leaveNewsletter, PUT as joinNewsletter } from '@/app/api/account/newsletters/[slug]/route';
import { GET as getSetup, POST as postSetup } from '@/app/api/setup/route';
import { GET as getSettings, PATCH as patchSettings } from '@/app/api/settings/route';
import { DELETE as removeSiteImage, POST as uploadSiteImage } from '@/app/api/settings/images/[kind]/route';
import { GET as listSectionsRoute, POST as createSectionRoute } from '@/app/api/sections/route';
import { DELETE as deleteSectionRoute, PATCH as patchSectionRoute } from '@/app/api/sections/[slug]/route';
import { GET as listTagsRoute } from '@/app/api/tags/route';
import { DELETE as deleteTagRoute, PATCH as renameTagRoute } from '@/app/api/tags/[slug]/route';
import { POST as mergeTagRoute } from '@/app/api/tags/[slug]/merge/route';
import { GET as newsroomPages } from '@/app/api/newsroom/pages/route';
import { POST as createUserRoute } from '@/app/api/users/route';
import sharp from 'sharp';
import { ACCESS, NOT_ALLOWED, type Access } from '@/lib/http/route';
import { createArticle } from '../helpers/factories';
import { eq } from 'drizzle-orm';
import * as s from '@/lib/db/schema';
import { callRoute } from '../helpers/http';
import { setupTestDatabase } from '../helpers/test-database';
import { createUser, jsonInit } from '../helpers/users';

/**
 * Every API route × every kind of caller → the status they get. Later issues add rows as they add routes.
 * Each request runs against a fresh target user where it changes one, so rows do not depend on each other.
 */
const database = setupTestDatabase();
const db = () => database.current().db;

const CALLERS = ['anonymous', 'reader', 'banned reader', 'author', 'editor', 'admin'] as const;
type Caller = (typeof CALLERS)[number];
type Expect = Record<Caller, number>;

async function cookieFor(caller: Caller): Promise<string | undefined> {
  if (caller === 'anonymous') return undefined;
  if (caller === 'banned reader') return (await createUser(db(), 'reader', { status: 'banned', banReason: 'test' })).cookie;
  return (await createUser(db(), caller)).cookie;
}
const target = async () => String((await createUser(db(), 'reader')).user.id);
const approvedComment = async () =>
  String((await db().select({ id: s.comments.id }).from(s.comments).where(eq(s.comments.status, 'approved')).limit(1))[0]!.id);
const ARTICLE = 'emergency-powers-bill-passes-second-reading-by-eleven-votes';
const pendingComment = async () => {
  const [article] = await db().select({ id: s.articles.id }).from(s.articles).where(eq(s.articles.slug, ARTICLE));
  const [c] = await db().insert(s.comments).values({ articleId: article!.id, body: `Held for the matrix ${Math.random()}`, status: 'pending' }).returning();
  return c!.id;
};
const MODERATORS_ONLY: Expect = { anonymous: 401, reader: 403, 'banned reader': 403, author: 403, editor: 200, admin: 200 };
const STAFF = (status: number): Expect => ({ anonymous: 401, reader: 403, 'banned reader': 403, author: status, editor: status, admin: status });
/** Another author's draft (Inés's), with a body so it can be published. */
const othersDraft = async () => String((await createArticle(db(), { status: 'draft' })).id);
/** Another author's published story with one revision. */
const othersPublished = async () => {
  const article = await createArticle(db());
  const [rev] = await db().insert(s.articleRevisions).values({ articleId: article.id, version: 1, headline: article.headline, dek: '', body: article.body }).returning();
  return { id: String(article.id), revision: String(rev!.id), article };
};
const editorShape = async (id: string) => {
  const { json } = await callRoute(newsroomOpen, '/x', { id }, jsonInit('GET', (await createUser(db(), 'editor')).cookie));
  return json.article;
};
const imageForm = async () => {
  const form = new FormData();
  form.set('image', new File([new Uint8Array(await sharp({ create: { width: 64, height: 48, channels: 3, background: '#888' } }).png().toBuffer())], 'x.png'));
  form.set('alt', 'A grey square');
  return form;
};

let fresh = 0;
/** A section of its own for each request that changes one, so rows do not depend on each other. */
const freshSection = async () => {
  const [row] = await db().insert(s.sections).values({ slug: `matrix-section-${++fresh}`, name: `Matrix section ${fresh}` }).returning();
  return row!.slug;
};
/** A tag on a published story, of its own. */
const freshTag = async () => {
  const slug = `matrix-tag-${++fresh}`;
  await createArticle(db(), { tags: [slug] });
  return slug;
};
/** An entry of a live blog of its own. */
const liveEntry = async () => {
  const article = await createArticle(db());
  const [row] = await db().insert(s.liveEntries).values({ articleId: article.id, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Matrix' }] }] } }).returning();
  return String(row!.id);
};
/** A draft issue of the demo's Morning Briefing, of its own. */
const draftIssue = async () => {
  const [list] = await db().select({ id: s.newsletters.id }).from(s.newsletters).where(eq(s.newsletters.slug, 'morning-briefing'));
  const [row] = await db().insert(s.newsletterIssues).values({ newsletterId: list!.id, subject: `Matrix issue ${++fresh}`, intro: { type: 'doc', content: [] } }).returning();
  return String(row!.id);
};
const ADMINS_ONLY = (status: number): Expect => ({ anonymous: 401, reader: 403, 'banned reader': 403, author: 403, editor: 403, admin: status });
const EDITORS = (status: number): Expect => ({ anonymous: 401, reader: 403, 'banned reader': 403, author: 403, editor: status, admin: status });

type Row = { name: string; call: (cookie: string | undefined) => Promise<{ status: number }>; expected: Expect };
const all = (status: number): Expect => ({ anonymous: status, reader: status, 'banned reader': status, author: status, editor: status, admin: status });

const rows: Row[] = [
  { name: 'GET /api/health', call: () => callRoute(getHealth, '/api/health', {}), expected: all(200) },
  { name: 'GET /api/ping', call: () => callRoute(getPing, '/api/ping', {}), expected: all(200) },
  // A banned reader may still end their own sessions.
  { name: 'DELETE /api/account/sessions', call: (c) => callRoute(signOutEverywhereRoute, '/x', {}, jsonInit('DELETE', c)), expected: { ...all(204), anonymous: 401 } },
  { name: 'GET /api/authors/{slug}', call: (c) => callRoute(getAuthor, '/api/authors/ines-carvalho', { slug: 'ines-carvalho' }, jsonInit('GET', c)), expected: all(200) },
  { name: 'GET /api/articles/{slug}/comments', call: (c) => callRoute(getComments, `/api/articles/${ARTICLE}/comments`, { slug: ARTICLE }, jsonInit('GET', c)), expected: all(200) },
  {
    name: 'POST /api/account (sign up)',
    call: (c) => callRoute(postAccount, '/api/account', {}, { ...jsonInit('POST', c, { email: `m-${Math.random()}@example.org`, password: 'a long fine passphrase', name: 'Matrix' }), headers: { 'Content-Type': 'application/json', 'x-forwarded-for': `192.0.2.${Math.floor(Math.random() * 250)}`, ...(c && { cookie: c }) } }),
    expected: all(201),
  },
  {
    name: 'POST /api/articles/{slug}/comments',
    call: (c) => callRoute(postComment, `/api/articles/${ARTICLE}/comments`, { slug: ARTICLE }, jsonInit('POST', c, { body: `Matrix comment ${Math.random()}` })),
    expected: { ...all(201), anonymous: 401, 'banned reader': 403 },
  },
  {
    name: 'PUT /api/comments/{id}/like',
    call: async (c) => {
      const id = await approvedComment();
      return callRoute(likeComment, `/api/comments/${id}/like`, { id }, jsonInit('PUT', c));
    },
    expected: { ...all(200), anonymous: 401, 'banned reader': 403 },
  },
  {
    name: 'DELETE /api/comments/{id}/like',
    call: async (c) => {
      const id = await approvedComment();
      return callRoute(unlikeComment, `/api/comments/${id}/like`, { id }, jsonInit('DELETE', c));
    },
    expected: { ...all(200), anonymous: 401, 'banned reader': 403 },
  },
  {
    name: 'POST /api/comments/{id}/reports',
    call: async (c) => {
      const id = await approvedComment();
      return callRoute(reportCommentRoute, `/api/comments/${id}/reports`, { id }, jsonInit('POST', c, { reason: 'spam' }));
    },
    expected: { ...all(201), anonymous: 401, 'banned reader': 403 },
  },
  {
    // Someone else's comment: nobody may edit it or delete it as its author (moderation is another route).
    name: "PATCH /api/comments/{id} (someone else's)",
    call: async (c) => {
      const id = await approvedComment();
      return callRoute(patchCommentRoute, `/api/comments/${id}`, { id }, jsonInit('PATCH', c, { body: 'Rewritten by another' }));
    },
    expected: { ...all(403), anonymous: 401 },
  },
  {
    name: "DELETE /api/comments/{id} (someone else's)",
    call: async (c) => {
      const id = await approvedComment();
      return callRoute(deleteCommentRoute, `/api/comments/${id}`, { id }, jsonInit('DELETE', c));
    },
    expected: { ...all(403), anonymous: 401 },
  },
  { name: 'GET /api/session', call: (c) => callRoute(getSession, '/api/session', {}, jsonInit('GET', c)), expected: all(200) },
  { name: 'GET /api/account', call: (c) => callRoute(getAccount, '/api/account', {}, jsonInit('GET', c)), expected: { ...all(200), anonymous: 401 } },
  { name: 'PATCH /api/account', call: (c) => callRoute(patchAccount, '/api/account', {}, jsonInit('PATCH', c, { name: 'New Name' })), expected: { ...all(200), anonymous: 401, 'banned reader': 403 } },
  { name: 'DELETE /api/account (wrong password)', call: (c) => callRoute(deleteAccount, '/api/account', {}, jsonInit('DELETE', c, { currentPassword: 'wrong' })), expected: { ...all(400), anonymous: 401, 'banned reader': 403 } },
  { name: 'GET /api/users', call: (c) => callRoute(listUsers, '/api/users', {}, jsonInit('GET', c)), expected: { anonymous: 401, reader: 403, 'banned reader': 403, author: 403, editor: 200, admin: 200 } },
  {
    name: 'PUT /api/users/{id}/role',
    call: async (c) => {
      const id = await target();
      return callRoute(putRole, `/api/users/${id}/role`, { id }, jsonInit('PUT', c, { role: 'author' }));
    },
    expected: { anonymous: 401, reader: 403, 'banned reader': 403, author: 403, editor: 403, admin: 200 },
  },
  {
    name: 'POST /api/moderation/users/{id}/ban',
    call: async (c) => {
      const id = await target();
      return callRoute(ban, `/api/moderation/users/${id}/ban`, { id }, jsonInit('POST', c, { reason: 'Matrix check' }));
    },
    expected: { anonymous: 401, reader: 403, 'banned reader': 403, author: 403, editor: 200, admin: 200 },
  },
  {
    name: 'DELETE /api/moderation/users/{id}/ban',
    call: async (c) => {
      const id = await target();
      await db().update(s.users).set({ status: 'banned', banReason: 'x' }).where(eq(s.users.id, Number(id)));
      return callRoute(unban, `/api/moderation/users/${id}/ban`, { id }, jsonInit('DELETE', c));
    },
    expected: { anonymous: 401, reader: 403, 'banned reader': 403, author: 403, editor: 200, admin: 200 },
  },
  { name: 'GET /api/moderation/comments', call: (c) => callRoute(moderationQueue, '/api/moderation/comments?queue=pending', {}, jsonInit('GET', c)), expected: MODERATORS_ONLY },
  { name: 'GET /api/moderation/settings', call: (c) => callRoute(readModeration, '/api/moderation/settings', {}, jsonInit('GET', c)), expected: MODERATORS_ONLY },
  {
    // The body is the current settings, read by an admin: only the caller's role decides the answer.
    name: 'PUT /api/moderation/settings (unchanged)',
    call: async (c) => {
      const admin = await createUser(db(), 'admin');
      const { sections: _sections, ...current } = (await callRoute(readModeration, '/api/moderation/settings', {}, jsonInit('GET', admin.cookie))).json.settings;
      return callRoute(saveModeration, '/api/moderation/settings', {}, jsonInit('PUT', c, current));
    },
    expected: { anonymous: 401, reader: 403, 'banned reader': 403, author: 403, editor: 403, admin: 200 },
  },
  {
    name: 'DELETE /api/moderation/articles/{id}/surge',
    call: async (c) => {
      const [article] = await db().select({ id: s.articles.id }).from(s.articles).where(eq(s.articles.slug, ARTICLE));
      await db().update(s.articles).set({ surgeUntil: new Date(Date.now() + 3_600_000) }).where(eq(s.articles.id, article!.id));
      return callRoute(liftSurge, `/api/moderation/articles/${article!.id}/surge`, { id: String(article!.id) }, jsonInit('DELETE', c));
    },
    expected: MODERATORS_ONLY,
  },
  { name: 'GET /api/moderation/audit', call: (c) => callRoute(auditLog, '/api/moderation/audit', {}, jsonInit('GET', c)), expected: MODERATORS_ONLY },
  { name: 'GET /api/moderation/audit (CSV)', call: (c) => callRoute(auditLog, '/api/moderation/audit?format=csv', {}, jsonInit('GET', c)), expected: MODERATORS_ONLY },
  {
    name: 'POST /api/moderation/comments/{id} (approve)',
    call: async (c) => {
      const id = String(await pendingComment());
      return callRoute(decide, `/api/moderation/comments/${id}`, { id }, jsonInit('POST', c, { action: 'approve' }));
    },
    expected: MODERATORS_ONLY,
  },
  {
    name: 'POST /api/moderation/comments/bulk (reject)',
    call: async (c) => callRoute(decideBulk, '/api/moderation/comments/bulk', {}, jsonInit('POST', c, { ids: [await pendingComment()], action: 'reject', reason: 'spam' })),
    expected: MODERATORS_ONLY,
  },
  {
    // Someone else's profile: only an admin may edit it (an author's own is covered in author-profile.test.ts).
    name: "PUT /api/authors/{slug} (another author's)",
    call: (c) =>
      callRoute(putAuthor, '/api/authors/tomasz-wrona', { slug: 'tomasz-wrona' }, jsonInit('PUT', c, {
        displayName: 'Tomasz Wrona', slug: 'tomasz-wrona', title: 'Europe editor', shortBio: 'x', longBio: 'y', links: [],
      })),
    expected: { anonymous: 401, reader: 403, 'banned reader': 403, author: 403, editor: 403, admin: 200 },
  },
  {
    name: "POST /api/authors/{slug}/avatar (another author's, not an image)",
    call: (c) => {
      const form = new FormData();
      form.set('avatar', new File(['not an image'], 'x.png'));
      return callRoute(postAvatar, '/api/authors/tomasz-wrona/avatar', { slug: 'tomasz-wrona' }, { method: 'POST', headers: c ? { cookie: c } : {}, body: form });
    },
    expected: { anonymous: 401, reader: 403, 'banned reader': 403, author: 403, editor: 403, admin: 400 },
  },
  { name: 'GET /api/newsroom/articles', call: (c) => callRoute(newsroomList, '/api/newsroom/articles', {}, jsonInit('GET', c)), expected: STAFF(200) },
  {
    name: 'POST /api/newsroom/articles',
    call: (c) => callRoute(newsroomCreate, '/api/newsroom/articles', {}, jsonInit('POST', c, { headline: `Matrix draft ${Math.random()}`, section: 'world' })),
    expected: STAFF(201),
  },
  {
    name: "GET /api/newsroom/articles/{id} (another author's draft)",
    call: async (c) => {
      const id = await othersDraft();
      return callRoute(newsroomOpen, '/x', { id }, jsonInit('GET', c));
    },
    expected: { ...STAFF(200), author: 404 },
  },
  {
    name: "PUT /api/newsroom/articles/{id} (another author's draft)",
    call: async (c) => {
      const id = await othersDraft();
      return callRoute(newsroomSave, '/x', { id }, jsonInit('PUT', c, { ...(await editorShape(id)), headline: 'Matrix edit' }));
    },
    expected: { ...STAFF(200), author: 404 },
  },
  {
    name: "DELETE /api/newsroom/articles/{id} (another author's draft)",
    call: async (c) => {
      const id = await othersDraft();
      return callRoute(newsroomDelete, '/x', { id }, jsonInit('DELETE', c));
    },
    expected: { ...STAFF(204), author: 404 },
  },
  {
    name: "POST /api/newsroom/articles/{id}/publication (publish another author's draft)",
    call: async (c) => {
      const id = await othersDraft();
      return callRoute(newsroomPublication, '/x', { id }, jsonInit('POST', c, { action: 'publish' }));
    },
    expected: { ...STAFF(200), author: 404 },
  },
  {
    name: "POST /api/newsroom/articles/{id}/publication (unpublish another author's story)",
    call: async (c) => callRoute(newsroomPublication, '/x', { id: (await othersPublished()).id }, jsonInit('POST', c, { action: 'unpublish' })),
    expected: { ...STAFF(200), author: 403 },
  },
  {
    name: "GET /api/newsroom/articles/{id}/revisions (another author's story)",
    call: async (c) => callRoute(newsroomRevisions, '/x', { id: (await othersPublished()).id }, jsonInit('GET', c)),
    expected: { ...STAFF(200), author: 403 },
  },
  {
    name: "GET /api/newsroom/articles/{id}/revisions/{revision} (another author's story)",
    call: async (c) => callRoute(newsroomDiff, '/x', await othersPublished(), jsonInit('GET', c)),
    expected: { ...STAFF(200), author: 403 },
  },
  {
    name: "POST /api/newsroom/articles/{id}/revisions/{revision}/restore (another author's story)",
    call: async (c) => callRoute(newsroomRestore, '/x', await othersPublished(), jsonInit('POST', c)),
    expected: { ...STAFF(200), author: 403 },
  },
  {
    name: 'POST /api/newsroom/articles/{id}/updates (correction)',
    call: async (c) => callRoute(newsroomUpdate, '/x', { id: (await othersPublished()).id }, jsonInit('POST', c, { kind: 'correction', body: 'Matrix correction' })),
    expected: { ...STAFF(201), author: 403 },
  },
  {
    name: 'POST /api/newsroom/media (image upload)',
    call: async (c) => callRoute(newsroomMedia, '/api/newsroom/media', {}, { method: 'POST', headers: { ...(c && { cookie: c }) }, body: await imageForm() }),
    expected: STAFF(201),
  },
  { name: 'GET /api/newsroom/stories', call: (c) => callRoute(newsroomStories, '/api/newsroom/stories?q=bill', {}, jsonInit('GET', c)), expected: STAFF(200) },
  {
    name: 'POST /api/articles/{slug}/error-reports',
    call: async (c) => {
      const { article } = await othersPublished();
      return callRoute(reportError, '/x', { slug: article.slug }, jsonInit('POST', c, { body: 'The date in the second paragraph is wrong.' }));
    },
    expected: { ...all(201), anonymous: 401, 'banned reader': 403 },
  },
  { name: 'GET /api/newsroom/error-reports', call: (c) => callRoute(errorInbox, '/api/newsroom/error-reports', {}, jsonInit('GET', c)), expected: MODERATORS_ONLY },
  {
    name: 'PATCH /api/newsroom/error-reports/{id}',
    call: async (c) => {
      const { article } = await othersPublished();
      const [report] = await db().insert(s.errorReports).values({ articleId: article.id, body: 'Matrix error report' }).returning();
      return callRoute(errorStatus, '/x', { id: String(report!.id) }, jsonInit('PATCH', c, { status: 'checking' }));
    },
    expected: MODERATORS_ONLY,
  },
  { name: 'GET /api/setup', call: (c) => callRoute(getSetup, '/api/setup', {}, jsonInit('GET', c)), expected: all(200) },
  {
    name: 'POST /api/setup (the demo is set up)',
    call: (c) => callRoute(postSetup, '/api/setup', {}, jsonInit('POST', c, { token: 'x', publicationName: 'Mine', admin: { name: 'M', email: 'm@example.org', password: 'a long fine passphrase' } })),
    expected: all(409),
  },
  { name: 'GET /api/settings', call: (c) => callRoute(getSettings, '/api/settings', {}, jsonInit('GET', c)), expected: all(200) },
  { name: 'PATCH /api/settings', call: (c) => callRoute(patchSettings, '/api/settings', {}, jsonInit('PATCH', c, { tagline: `Matrix ${Math.random()}` })), expected: ADMINS_ONLY(200) },
  {
    name: 'POST /api/settings/images/{kind} (logo)',
    call: async (c) => callRoute(uploadSiteImage, '/x', { kind: 'logo' }, { method: 'POST', headers: { ...(c && { cookie: c }) }, body: await imageForm() }),
    expected: ADMINS_ONLY(201),
  },
  { name: 'DELETE /api/settings/images/{kind} (logo)', call: (c) => callRoute(removeSiteImage, '/x', { kind: 'logo' }, jsonInit('DELETE', c)), expected: ADMINS_ONLY(200) },
  { name: 'GET /api/sections', call: (c) => callRoute(listSectionsRoute, '/api/sections', {}, jsonInit('GET', c)), expected: EDITORS(200) },
  { name: 'POST /api/sections', call: (c) => callRoute(createSectionRoute, '/api/sections', {}, jsonInit('POST', c, { name: `Matrix new ${++fresh}` })), expected: EDITORS(201) },
  {
    name: 'PATCH /api/sections/{slug}',
    call: async (c) => {
      const slug = await freshSection();
      return callRoute(patchSectionRoute, '/x', { slug }, jsonInit('PATCH', c, { description: 'Changed by the matrix' }));
    },
    expected: EDITORS(200),
  },
  {
    name: 'DELETE /api/sections/{slug} (empty)',
    call: async (c) => {
      const slug = await freshSection();
      return callRoute(deleteSectionRoute, '/x', { slug }, jsonInit('DELETE', c));
    },
    expected: EDITORS(204),
  },
  { name: 'GET /api/tags', call: (c) => callRoute(listTagsRoute, '/api/tags', {}, jsonInit('GET', c)), expected: EDITORS(200) },
  {
    name: 'PATCH /api/tags/{slug}',
    call: async (c) => {
      const slug = await freshTag();
      return callRoute(renameTagRoute, '/x', { slug }, jsonInit('PATCH', c, { name: `${slug} renamed` }));
    },
    expected: EDITORS(200),
  },
  {
    name: 'POST /api/tags/{slug}/merge',
    call: async (c) => {
      const [from, into] = [await freshTag(), await freshTag()];
      return callRoute(mergeTagRoute, '/x', { slug: from }, jsonInit('POST', c, { into }));
    },
    expected: EDITORS(200),
  },
  {
    name: 'DELETE /api/tags/{slug}',
    call: async (c) => callRoute(deleteTagRoute, '/x', { slug: await freshTag() }, jsonInit('DELETE', c)),
    expected: EDITORS(204),
  },
  { name: 'GET /api/newsroom/pages', call: (c) => callRoute(newsroomPages, '/api/newsroom/pages', {}, jsonInit('GET', c)), expected: EDITORS(200) },
  {
    name: 'POST /api/newsroom/articles (a page)',
    call: (c) => callRoute(newsroomCreate, '/api/newsroom/articles', {}, jsonInit('POST', c, { kind: 'page', headline: `Matrix page ${++fresh}` })),
    expected: EDITORS(201),
  },
  {
    name: 'POST /api/users (add someone)',
    call: (c) => callRoute(createUserRoute, '/api/users', {}, jsonInit('POST', c, { name: 'Added', email: `added-${++fresh}-${Date.now()}@example.org`, password: 'a long fine passphrase', role: 'author' })),
    expected: ADMINS_ONLY(201),
  },
  { name: 'POST /api/internal/publish-due (without the server’s token)', call: (c) => callRoute(publishDueRoute, '/x', {}, jsonInit('POST', c)), expected: all(403) },
  { name: 'POST /api/internal/flush-views (without the server’s token)', call: (c) => callRoute(flushViewsRoute, '/x', {}, jsonInit('POST', c)), expected: all(403) },
  { name: 'GET /api/most-read', call: (c) => callRoute(mostReadRoute, '/x', {}, jsonInit('GET', c)), expected: all(200) },
  { name: 'POST /api/views', call: (c) => callRoute(viewRoute, '/x', {}, jsonInit('POST', c, { id: 1 })), expected: all(204) },
  { name: 'POST /api/internal/expire (without the server’s token)', call: (c) => callRoute(expireRoute, '/x', {}, jsonInit('POST', c, { tags: ['front'] })), expected: all(403) },
  { name: 'GET /api/account/export (download my data)', call: (c) => callRoute(ownDataRoute, '/api/account/export', {}, jsonInit('GET', c)), expected: { ...all(200), anonymous: 401 } },
  { name: 'GET /api/account/emails', call: (c) => callRoute(getEmails, '/x', {}, jsonInit('GET', c)), expected: { ...all(200), anonymous: 401 } },
  { name: 'PATCH /api/account/emails (replies)', call: (c) => callRoute(patchEmails, '/x', {}, jsonInit('PATCH', c, { replies: false })), expected: { ...all(200), anonymous: 401, 'banned reader': 403 } },
  { name: 'PATCH /api/account/emails (reports: moderators only)', call: (c) => callRoute(patchEmails, '/x', {}, jsonInit('PATCH', c, { reports: true })), expected: MODERATORS_ONLY },
  // This file's site sends no email: the routes that would send say so (503); tests/integration/*mail* and
  // password-reset.test.ts cover them with a mail server.
  { name: 'POST /api/account/email-verification (site without email)', call: (c) => callRoute(resendVerification, '/x', {}, jsonInit('POST', c)), expected: { ...all(503), anonymous: 401, 'banned reader': 403 } },
  { name: 'POST /api/account/password-reset (site without email)', call: (c) => callRoute(requestReset, '/x', {}, jsonInit('POST', c, { email: 'reader@meridian.example' })), expected: all(503) },
  { name: 'POST /api/account/password-reset/confirm (bad token)', call: (c) => callRoute(confirmReset, '/x', {}, jsonInit('POST', c, { token: 'x'.repeat(43), password: 'a long fine passphrase' })), expected: all(400) },
  { name: 'POST /api/account/email-verification/confirm (bad token)', call: (c) => callRoute(confirmVerification, '/x', {}, jsonInit('POST', c, { token: 'x'.repeat(43) })), expected: all(400) },
  { name: 'POST /api/unsubscribe (bad token)', call: (c) => callRoute(unsubscribeRoute, '/api/unsubscribe?token=1.reply.x', {}, jsonInit('POST', c)), expected: all(400) },
  { name: 'GET /api/newsletters', call: (c) => callRoute(listNewsletters, '/x', {}, jsonInit('GET', c)), expected: all(200) },
  { name: 'POST /api/newsletters', call: (c) => callRoute(createNewsletterRoute, '/x', {}, jsonInit('POST', c, { name: `Matrix list ${++fresh}` })), expected: ADMINS_ONLY(201) },
  {
    name: 'PATCH /api/newsletters/{slug}',
    call: async (c) => {
      const [row] = await db().insert(s.newsletters).values({ slug: `matrix-list-${++fresh}`, name: 'Matrix list' }).returning();
      return callRoute(patchNewsletterRoute, '/x', { slug: row!.slug }, jsonInit('PATCH', c, { description: 'Changed' }));
    },
    expected: ADMINS_ONLY(200),
  },
  {
    name: 'DELETE /api/newsletters/{slug}',
    call: async (c) => {
      const [row] = await db().insert(s.newsletters).values({ slug: `matrix-list-${++fresh}`, name: 'Matrix list' }).returning();
      return callRoute(deleteNewsletterRoute, '/x', { slug: row!.slug }, jsonInit('DELETE', c));
    },
    expected: ADMINS_ONLY(204),
  },
  { name: 'GET /api/articles/{slug}/live (not a live blog)', call: (c) => callRoute(liveBlogRoute, '/x', { slug: ARTICLE }, jsonInit('GET', c)), expected: all(404) },
  { name: 'GET /api/newsroom/articles/{id}/live', call: async (c) => callRoute(liveDeskRoute, '/x', { id: (await othersPublished()).id }, jsonInit('GET', c)), expected: { ...STAFF(200), author: 403 } },
  {
    name: 'POST /api/newsroom/articles/{id}/live',
    call: async (c) => callRoute(liveCoverageRoute, '/x', { id: (await othersPublished()).id }, jsonInit('POST', c, { action: 'start' })),
    expected: { ...STAFF(200), author: 403 },
  },
  {
    name: 'POST /api/newsroom/articles/{id}/live-entries',
    call: async (c) => {
      const { id } = await othersPublished();
      await db().update(s.articles).set({ liveStartedAt: new Date() }).where(eq(s.articles.id, Number(id)));
      return callRoute(liveEntryRoute, '/x', { id }, jsonInit('POST', c, { body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Matrix entry' }] }] } }));
    },
    expected: { ...STAFF(201), author: 403 },
  },
  { name: 'PATCH /api/newsroom/live-entries/{id}', call: async (c) => callRoute(patchLiveEntryRoute, '/x', { id: await liveEntry() }, jsonInit('PATCH', c, { headline: 'Corrected' })), expected: EDITORS(200) },
  { name: 'DELETE /api/newsroom/live-entries/{id}', call: async (c) => callRoute(deleteLiveEntryRoute, '/x', { id: await liveEntry() }, jsonInit('DELETE', c)), expected: EDITORS(204) },
  { name: 'GET /api/banner', call: (c) => callRoute(bannerRoute, '/x', {}, jsonInit('GET', c)), expected: all(200) },
  {
    name: 'PUT /api/banner',
    call: (c) => callRoute(setBannerRoute, '/x', {}, jsonInit('PUT', c, { text: 'Matrix banner', level: 'notice', expiresAt: new Date(Date.now() + 3600_000).toISOString() })),
    expected: EDITORS(200),
  },
  { name: 'DELETE /api/banner', call: (c) => callRoute(clearBannerRoute, '/x', {}, jsonInit('DELETE', c)), expected: EDITORS(204) },
  { name: 'GET /api/newsletters/{slug}/issues', call: (c) => callRoute(listIssuesRoute, '/x', { slug: 'morning-briefing' }, jsonInit('GET', c)), expected: EDITORS(200) },
  { name: 'POST /api/newsletters/{slug}/issues', call: (c) => callRoute(createIssueRoute, '/x', { slug: 'morning-briefing' }, jsonInit('POST', c, { subject: 'Matrix issue' })), expected: EDITORS(201) },
  { name: 'GET /api/newsletter-issues/{id}', call: async (c) => callRoute(readIssueRoute, '/x', { id: await draftIssue() }, jsonInit('GET', c)), expected: EDITORS(200) },
  { name: 'PATCH /api/newsletter-issues/{id}', call: async (c) => callRoute(patchIssueRoute, '/x', { id: await draftIssue() }, jsonInit('PATCH', c, { subject: 'Changed' })), expected: EDITORS(200) },
  { name: 'DELETE /api/newsletter-issues/{id}', call: async (c) => callRoute(deleteIssueRoute, '/x', { id: await draftIssue() }, jsonInit('DELETE', c)), expected: EDITORS(204) },
  { name: 'GET /api/newsletter-issues/{id}/preview', call: async (c) => callRoute(previewIssueRoute, '/x', { id: await draftIssue() }, jsonInit('GET', c)), expected: EDITORS(200) },
  { name: 'POST /api/newsletter-issues/{id}/schedule (site without email)', call: async (c) => callRoute(scheduleIssueRoute, '/x', { id: await draftIssue() }, jsonInit('POST', c, {})), expected: EDITORS(503) },
  { name: 'POST /api/newsletter-issues/{id}/unschedule', call: async (c) => callRoute(unscheduleIssueRoute, '/x', { id: await draftIssue() }, jsonInit('POST', c)), expected: EDITORS(200) },
  { name: 'POST /api/newsletter-issues/{id}/test (site without email)', call: async (c) => callRoute(testIssueRoute, '/x', { id: await draftIssue() }, jsonInit('POST', c)), expected: EDITORS(503) },
  {
    name: 'POST /api/newsroom/articles/{id}/alert (site without email)',
    call: async (c) => callRoute(alertRoute, '/x', { id: (await othersPublished()).id }, jsonInit('POST', c, { newsletter: 'breaking-news' })),
    expected: EDITORS(503),
  },
  { name: 'POST /api/newsletters/{slug}/subscriptions (site without email)', call: (c) => callRoute(subscribeRoute, '/x', { slug: 'morning-briefing' }, jsonInit('POST', c, { email: 'someone@example.org' })), expected: all(503) },
  { name: 'POST /api/newsletter-confirmations (bad token)', call: (c) => callRoute(confirmSubscriptionRoute, '/x', {}, jsonInit('POST', c, { token: '1.x.2.y' })), expected: all(400) },
  { name: 'GET /api/account/newsletters', call: (c) => callRoute(ownNewsletters, '/x', {}, jsonInit('GET', c)), expected: { ...all(200), anonymous: 401 } },
  { name: 'PUT /api/account/newsletters/{slug} (site without email)', call: (c) => callRoute(joinNewsletter, '/x', { slug: 'morning-briefing' }, jsonInit('PUT', c)), expected: { ...all(503), anonymous: 401, 'banned reader': 403 } },
  { name: 'DELETE /api/account/newsletters/{slug}', call: (c) => callRoute(leaveNewsletter, '/x', { slug: 'morning-briefing' }, jsonInit('DELETE', c)), expected: { ...all(200), anonymous: 401, 'banned reader': 403 } },
  { name: 'GET /api/newsroom/backup', call: (c) => callRoute(backupRoute, '/api/newsroom/backup', {}, jsonInit('GET', c)), expected: ADMINS_ONLY(200) },
  { name: 'GET /api/newsroom/export', call: (c) => callRoute(exportRoute, '/api/newsroom/export', {}, jsonInit('GET', c)), expected: ADMINS_ONLY(200) },
  {
    name: 'POST /api/newsroom/import (an export with nothing in it)',
    call: (c) => {
      const form = new FormData();
      form.set('file', new File([JSON.stringify({ type: 'broadsheet-export', version: 1, exportedAt: '2026-11-30T00:00:00.000Z', site: 'https://matrix.example' })], 'empty.jsonl'));
      return callRoute(importRoute, '/api/newsroom/import', {}, { method: 'POST', headers: { ...(c && { cookie: c }) }, body: form });
    },
    expected: ADMINS_ONLY(200),
  },
];

describe('authorization matrix', () => {
  for (const row of rows) {
    for (const caller of CALLERS) {
      it(`${row.name} as ${caller} → ${row.expected[caller]}`, async () => {
        const res = await row.call(await cookieFor(caller));
        expect(res.status).toBe(row.expected[caller]);
      });
    }
  }
});

/**
 * Every handler the API exports, found from the route files themselves: `METHOD /api/address` and the rule it
 * declared (`route` is anyone's; `signedInRoute` names its rule). The 405s of `otherMethods`, next-auth's own
 * routes and the JSON 404 for unknown addresses are not handlers of ours.
 */
const routeFiles = import.meta.glob<Record<string, unknown>>('/app/api/**/route.ts');
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
/** Plain functions on purpose: the benchmark's empty baseline, and the probe that must answer without the wrapper. */
const UNWRAPPED = new Set(['GET /api/ping', 'GET /api/health']);

async function exportedHandlers(): Promise<{ key: string; access: Access | undefined }[]> {
  const found: { key: string; access: Access | undefined }[] = [];
  for (const [file, load] of Object.entries(routeFiles)) {
    const address = file.replace(/^\/app/, '').replace(/\/route\.ts$/, '').replace(/\[([^\]]+)\]/g, '{$1}');
    if (address.includes('{...')) continue;
    const mod = await load();
    for (const method of METHODS) {
      const handler = mod[method] as (((...args: unknown[]) => unknown) & { [ACCESS]?: Access; [NOT_ALLOWED]?: true }) | undefined;
      if (handler && !handler[NOT_ALLOWED]) found.push({ key: `${method} ${address}`, access: handler[ACCESS] });
    }
  }
  return found;
}

describe('the matrix covers the whole API', () => {
  it('has a row for every handler, and each row agrees with the rule its route declares', async () => {
    const handlers = await exportedHandlers();
    expect(handlers.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const { key, access } of handlers) {
      const row = rows.find((r) => r.name === key || r.name.startsWith(`${key} `));
      if (!row) problems.push(`${key}: no row`);
      else if (access === undefined && !UNWRAPPED.has(key)) problems.push(`${key}: declares no rule (wrap it in route or signedInRoute)`);
      else if ((access ?? 'anyone') === 'anyone' && row.expected.anonymous === 401) problems.push(`${key}: open to anyone, yet the row expects 401`);
      else if ((access ?? 'anyone') !== 'anyone' && row.expected.anonymous !== 401) problems.push(`${key}: declares '${access}', yet the row lets anonymous callers through`);
    }
    expect(problems).toEqual([]);
  });
});
