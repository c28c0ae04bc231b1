import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
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
  const viewer = { id: actor.id, name: actor.name, moderator: can(actor.role, 'comment:moderate'), liked: [], own: [], reported: [] };
  if (ids.length === 0) return viewer;
  const db = await getDb();
  const [liked, own, reported] = await Promise.all([
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
  ]);
  return { ...viewer, liked: liked.map((r) => r.id), own: own.map((r) => r.id), reported: reported.map((r) => r.id) };
}
