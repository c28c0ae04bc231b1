import 'server-only';
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { commentLikes, commentReports, comments } from '@/lib/db/schema';
import { can } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/actor';
import type { CommentDto, CommentPage, CommentViewer } from './types';

function idsOf(list: readonly CommentDto[], into: number[] = []): number[] {
  for (const c of list) {
    into.push(c.id);
    idsOf(c.replies, into);
  }
  return into;
}

/**
 * The signed-in reader's side of a thread page: which of its comments they wrote, liked and reported. The
 * page itself is shared and cached; this small overlay is per reader and never cached.
 */
export async function commentViewer(actor: Actor, page: CommentPage): Promise<CommentViewer> {
  const ids = [...new Set(idsOf([...page.comments, ...(page.about?.featured ?? [])]))];
  const moderator = can(actor.role, 'comment:moderate');
  const viewer = { id: actor.id, name: actor.name, moderator, liked: [], own: [], reported: [] };
  if (ids.length === 0) return viewer;
  const db = await getDb();
  const [liked, own, reported, authors] = await Promise.all([
    db
      .select({ id: commentLikes.commentId })
      .from(commentLikes)
      .where(and(eq(commentLikes.userId, actor.id), inArray(commentLikes.commentId, ids))),
    db
      .select({ id: comments.id })
      .from(comments)
      .where(and(eq(comments.authorId, actor.id), inArray(comments.id, ids))),
    db
      .select({ id: commentReports.commentId })
      .from(commentReports)
      .where(and(eq(commentReports.reporterId, actor.id), inArray(commentReports.commentId, ids))),
    moderator
      ? db
          .select({ id: comments.id, authorId: comments.authorId })
          .from(comments)
          .where(and(inArray(comments.id, ids), isNotNull(comments.authorId)))
      : [],
  ]);
  return {
    ...viewer,
    liked: liked.map((r) => r.id),
    own: own.map((r) => r.id),
    reported: reported.map((r) => r.id),
    ...(moderator && { authors: Object.fromEntries(authors.map((a) => [a.id, a.authorId!])) }),
  };
}
