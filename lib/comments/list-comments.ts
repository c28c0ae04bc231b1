import 'server-only';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { articleAuthors, articles, authorProfiles, comments, sections, users } from '@/lib/db/schema';
import { cachedRead } from '@/lib/cache/cached';
import { cacheTags } from '@/lib/cache/tags';
import { notFound } from '@/lib/http/errors';
import { readSettings } from '@/lib/settings/read-settings';
import { effectiveCommentMode, type CommentMode } from './comment-mode';
import { showsIn } from './counts';
import { cursorOrThrow, encodeCursor, type CommentSort } from './cursor';
import type { CommentDto, CommentPage } from './types';

export const listCommentsQuerySchema = z.object({
  sort: z.enum(['newest', 'oldest', 'top']).default('newest'),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type ListCommentsQuery = z.infer<typeof listCommentsQuerySchema>;

/** What the thread needs of its story; dates as text because cached values pass through JSON. */
type ThreadArticle = { id: number; mode: CommentMode; sectionMode: CommentMode | null; publishedAt: string | null; surgeUntil: string | null };

const threadArticleBySlug = cachedRead(
  'thread-article',
  async (slug: string): Promise<ThreadArticle | null> => {
    const db = await getDb();
    const [row] = await db
      .select({ id: articles.id, mode: articles.commentMode, sectionMode: sections.commentMode, publishedAt: articles.publishedAt, surgeUntil: articles.surgeUntil })
      .from(articles)
      .innerJoin(sections, eq(sections.id, articles.sectionId))
      .where(and(eq(articles.slug, slug), eq(articles.status, 'published')));
    return row
      ? { ...row, publishedAt: row.publishedAt?.toISOString() ?? null, surgeUntil: row.surgeUntil?.toISOString() ?? null }
      : null;
  },
  (slug) => [cacheTags.article(slug), cacheTags.sections],
);

type Row = {
  id: number;
  parentId: number | null;
  depth: number;
  body: string;
  createdAt: Date;
  editedAt: Date | null;
  likeCount: number;
  replyCount: number;
  featured: boolean;
  authorId: number | null;
  authorName: string | null;
  authorRole: string | null;
  status: string;
};

const FEATURED_LIMIT = 3;

const rowColumns = {
  id: comments.id,
  parentId: comments.parentId,
  depth: comments.depth,
  body: comments.body,
  createdAt: comments.createdAt,
  editedAt: comments.editedAt,
  likeCount: comments.likeCount,
  replyCount: comments.replyCount,
  featured: comments.featured,
  authorId: comments.authorId,
  authorName: users.name,
  authorRole: users.role,
  status: comments.status,
};

/** The fields every view of a comment shares; callers add status and author. */
function baseDto(r: Row): Omit<CommentDto, 'status' | 'author'> {
  return {
    id: r.id,
    parentId: r.parentId,
    depth: r.depth,
    body: r.body,
    createdAt: r.createdAt.toISOString(),
    editedAt: r.editedAt?.toISOString() ?? null,
    likeCount: r.likeCount,
    replyCount: r.replyCount,
    featured: r.featured,
    replyingTo: null,
    replies: [],
  };
}

/** Top-level comments of one page, in the requested order, after the cursor. */
function rootsWhere(articleId: number, sort: CommentSort, cursor: ReturnType<typeof cursorOrThrow>) {
  // The first conjunct matches the thread indexes' predicate; a deleted comment shows only if it has replies.
  const base = sql`${comments.articleId} = ${articleId} and ${comments.parentId} is null and ${comments.status} in ('approved', 'deleted') and (${comments.status} = 'approved' or ${comments.replyCount} > 0)`;
  if (!cursor) return base;
  const at = typeof cursor.key === 'string' ? new Date(cursor.key).toISOString() : cursor.key;
  if (sort === 'top') return sql`${base} and (${comments.likeCount}, ${comments.id}) < (${at}::int, ${cursor.id}::int)`;
  if (sort === 'oldest') return sql`${base} and (${comments.createdAt}, ${comments.id}) > (${at}::timestamptz, ${cursor.id}::int)`;
  return sql`${base} and (${comments.createdAt}, ${comments.id}) < (${at}::timestamptz, ${cursor.id}::int)`;
}

// Null ordering spelled out to match the thread indexes (drizzle builds them DESC NULLS LAST; a plain DESC
// means NULLS FIRST and would make PostgreSQL sort the whole thread instead of reading the index).
const order = {
  newest: sql`${comments.createdAt} desc nulls last, ${comments.id} desc nulls last`,
  oldest: sql`${comments.createdAt} asc nulls first, ${comments.id} asc nulls first`,
  top: sql`${comments.likeCount} desc nulls last, ${comments.id} desc nulls last`,
};

/** One page of one story's thread, with what decides whether the story takes comments now. */
type ThreadPageQuery = {
  articleId: number;
  mode: CommentMode;
  sectionMode: CommentMode | null;
  publishedAt: string | null;
  surgeUntil: string | null;
  sort: CommentSort;
  cursor: string | null;
  limit: number;
};

async function readThreadPage({ articleId, mode, sectionMode, publishedAt, surgeUntil, sort, cursor: cursorText, limit }: ThreadPageQuery): Promise<CommentPage> {
  const cursor = cursorOrThrow(cursorText, sort);
  const db = await getDb();

  const roots: Row[] = await db
    .select(rowColumns)
    .from(comments)
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(rootsWhere(articleId, sort, cursor))
    .orderBy(order[sort])
    .limit(limit + 1);
  const hasMore = roots.length > limit;
  const pageRoots = roots.slice(0, limit);

  const rootIds = pageRoots.map((r) => r.id);
  const [replies, totalRow, bylineUsers, featuredRows, settings] = await Promise.all([
    rootIds.length
      ? db
          .select(rowColumns)
          .from(comments)
          .leftJoin(users, eq(users.id, comments.authorId))
          .where(
            and(
              inArray(comments.rootId, rootIds),
              sql`${comments.parentId} is not null and ${showsIn('comments')}`,
            ),
          )
          .orderBy(asc(comments.createdAt), asc(comments.id))
      : Promise.resolve([] as Row[]),
    db.select({ n: articles.commentCount }).from(articles).where(eq(articles.id, articleId)),
    db
      .select({ userId: authorProfiles.userId })
      .from(articleAuthors)
      .innerJoin(authorProfiles, eq(authorProfiles.id, articleAuthors.authorId))
      .where(eq(articleAuthors.articleId, articleId)),
    // The first page also carries what sits above the thread: the featured strip and the rules of the room.
    cursor
      ? Promise.resolve([] as Row[])
      : db
          .select(rowColumns)
          .from(comments)
          .leftJoin(users, eq(users.id, comments.authorId))
          .where(and(eq(comments.articleId, articleId), eq(comments.status, 'approved'), eq(comments.featured, true)))
          .orderBy(desc(comments.createdAt))
          .limit(FEATURED_LIMIT),
    cursor ? Promise.resolve(null) : readSettings(db, ['communityGuidelines', 'autoCloseAfterDays']),
  ]);
  const bylined = new Set(bylineUsers.map((b) => b.userId));

  const toDto = (r: Row): CommentDto => {
    // A deleted comment that still has replies keeps its place, without its words or its author.
    if (r.status === 'deleted') return { ...baseDto(r), body: '', editedAt: null, likeCount: 0, featured: false, status: 'deleted', author: null };
    const badge = r.authorId === null ? null : bylined.has(r.authorId) ? 'author' : r.authorRole === 'editor' || r.authorRole === 'admin' ? 'staff' : null;
    return { ...baseDto(r), status: 'approved', author: r.authorId === null ? null : { name: r.authorName ?? 'Reader', badge } };
  };

  const byId = new Map<number, CommentDto>();
  const tops = pageRoots.map((r) => {
    const dto = toDto(r);
    byId.set(dto.id, dto);
    return dto;
  });
  for (const r of replies) {
    const dto = toDto(r);
    const parent = r.parentId === null ? undefined : byId.get(r.parentId);
    if (!parent) continue; // its parent was removed from view: the reply goes with it
    dto.replyingTo = parent.author?.name ?? 'deleted user';
    parent.replies.push(dto);
    byId.set(dto.id, dto);
  }

  const last = pageRoots.at(-1);
  return {
    comments: tops,
    nextCursor: hasMore && last ? encodeCursor(sort, last) : null,
    total: totalRow[0]?.n ?? 0,
    ...(settings && {
      about: {
        mode: effectiveCommentMode({ mode, sectionMode, publishedAt, surgeUntil, autoCloseAfterDays: settings.autoCloseAfterDays }),
        guidelines: settings.communityGuidelines,
        featured: featuredRows.map(toDto),
      },
    }),
  };
}

const cachedThreadPage = cachedRead('comments', readThreadPage, ({ articleId }) => [cacheTags.comments(articleId), cacheTags.allComments], 60);

/** The approved thread of a published article, a page of top-level comments with their replies nested. */
export async function listComments(slug: string, query: ListCommentsQuery): Promise<CommentPage> {
  const article = await threadArticleBySlug(slug);
  if (article === null) throw notFound('Article');
  return cachedThreadPage({
    articleId: article.id,
    mode: article.mode,
    sectionMode: article.sectionMode,
    publishedAt: article.publishedAt,
    surgeUntil: article.surgeUntil,
    sort: query.sort,
    cursor: query.cursor ?? null,
    limit: query.limit,
  });
}

/**
 * The caller's own comments on a story that readers do not see: held for moderation or rejected (with the
 * reason). Never cached: they belong to one reader.
 */
export async function listOwnHeldComments(actorId: number, slug: string): Promise<CommentDto[]> {
  const article = await threadArticleBySlug(slug);
  if (article === null) return [];
  const articleId = article.id;
  const db = await getDb();
  const rows = await db
    .select({ ...rowColumns, reasons: comments.reasons, rejectionReason: comments.rejectionReason })
    .from(comments)
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(and(eq(comments.articleId, articleId), eq(comments.authorId, actorId), sql`${comments.status} in ('pending', 'rejected')`))
    .orderBy(sql`${comments.createdAt} desc`)
    .limit(20);
  return rows.map((r) => ({
    ...baseDto(r),
    likeCount: 0,
    replyCount: 0,
    featured: false,
    status: r.status === 'rejected' ? 'rejected' : 'pending',
    rejectionReason: r.status === 'rejected' ? (r.rejectionReason ?? 'guidelines') : null,
    author: { name: r.authorName ?? 'You', badge: null },
  }));
}
