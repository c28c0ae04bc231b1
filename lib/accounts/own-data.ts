import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import { articleAuthors, articles, authorProfiles, commentLikes, commentReports, comments, errorReports, sections, users } from '@/lib/db/schema';
import { readerPath } from '@/lib/articles/types';
import { siteUrl } from '@/lib/env';
import { readEmailPreferences } from './email-preferences';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Where a story is read, or null when it is not published (a draft, or taken down since). */
function storyOf(row: { headline: string; slug: string; storyStatus: string; kind: string; section: string | null }) {
  const url = row.storyStatus !== 'published' ? null : `${siteUrl}${readerPath(row)}`;
  return { headline: row.headline, url };
}

const storyColumns = { headline: articles.headline, slug: articles.slug, storyStatus: articles.status, kind: articles.kind, section: sections.slug };

/**
 * "Download my data": everything the site keeps about the signed-in person and everything they wrote — the
 * account, their author profile, the emails they get, their comments with the story each is on, their likes, their reports and error
 * reports, their bylines. Nothing about anyone else: a reply names the comment it answers by id only, a like
 * and a report name the comment, never its author or words.
 */
export async function ownData(actor: Actor) {
  const db = await getDb();
  const [account] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, status: users.status, emailVerified: users.emailVerified, bannedUntil: users.bannedUntil, banReason: users.banReason, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, actor.id));
  const [profile] = await db
    .select({ slug: authorProfiles.slug, displayName: authorProfiles.displayName, title: authorProfiles.title, shortBio: authorProfiles.shortBio, longBio: authorProfiles.longBio, avatarUrl: authorProfiles.avatarUrl, links: authorProfiles.links })
    .from(authorProfiles)
    .where(eq(authorProfiles.userId, actor.id));
  const written = await db
    .select({ id: comments.id, parentId: comments.parentId, body: comments.body, status: comments.status, rejectionReason: comments.rejectionReason, likeCount: comments.likeCount, createdAt: comments.createdAt, editedAt: comments.editedAt, deletedAt: comments.deletedAt, ...storyColumns })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .where(eq(comments.authorId, actor.id))
    .orderBy(asc(comments.createdAt), asc(comments.id));
  const liked = await db
    .select({ commentId: commentLikes.commentId, createdAt: commentLikes.createdAt, ...storyColumns })
    .from(commentLikes)
    .innerJoin(comments, eq(comments.id, commentLikes.commentId))
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .where(eq(commentLikes.userId, actor.id))
    .orderBy(asc(commentLikes.createdAt));
  const reported = await db
    .select({ commentId: commentReports.commentId, reason: commentReports.reason, note: commentReports.note, createdAt: commentReports.createdAt, resolvedAt: commentReports.resolvedAt })
    .from(commentReports)
    .where(eq(commentReports.reporterId, actor.id))
    .orderBy(asc(commentReports.createdAt));
  const corrections = await db
    .select({ body: errorReports.body, status: errorReports.status, createdAt: errorReports.createdAt, ...storyColumns })
    .from(errorReports)
    .innerJoin(articles, eq(articles.id, errorReports.articleId))
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .where(eq(errorReports.reporterId, actor.id))
    .orderBy(asc(errorReports.createdAt));
  const bylines = profile
    ? await db
        .select({ publishedAt: articles.publishedAt, ...storyColumns })
        .from(articleAuthors)
        .innerJoin(authorProfiles, eq(authorProfiles.id, articleAuthors.authorId))
        .innerJoin(articles, eq(articles.id, articleAuthors.articleId))
        .leftJoin(sections, eq(sections.id, articles.sectionId))
        .where(eq(authorProfiles.userId, actor.id))
        .orderBy(asc(articles.createdAt))
    : [];

  return {
    exportedAt: new Date().toISOString(),
    site: siteUrl,
    account: { ...account!, emailVerified: iso(account!.emailVerified), bannedUntil: iso(account!.bannedUntil), createdAt: account!.createdAt.toISOString() },
    authorProfile: profile ?? null,
    /** The emails the person gets (replies to their comments; for staff, reports). */
    subscriptions: await readEmailPreferences(actor),
    comments: written.map((c) => {
      const story = storyOf(c);
      return {
      id: c.id,
      story,
      link: story.url && c.status === 'approved' ? `${story.url}#comment-${c.id}` : null,
      inReplyTo: c.parentId,
      body: c.body,
      status: c.status,
      rejectionReason: c.rejectionReason,
      likes: c.likeCount,
      createdAt: c.createdAt.toISOString(),
      editedAt: iso(c.editedAt),
      deletedAt: iso(c.deletedAt),
      };
    }),
    likes: liked.map((l) => ({ commentId: l.commentId, story: storyOf(l), createdAt: l.createdAt.toISOString() })),
    reports: reported.map((r) => ({ commentId: r.commentId, reason: r.reason, note: r.note, createdAt: r.createdAt.toISOString(), resolvedAt: iso(r.resolvedAt) })),
    errorReports: corrections.map((e) => ({ story: storyOf(e), body: e.body, status: e.status, createdAt: e.createdAt.toISOString() })),
    bylines: bylines.map((b) => ({ ...storyOf(b), status: b.storyStatus, publishedAt: iso(b.publishedAt) })),
  };
}
