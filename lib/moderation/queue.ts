import 'server-only';
import { and, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { containsPattern } from '@/lib/db/contains-pattern';
import { articles, commentReports, comments, sections, users } from '@/lib/db/schema';
import { assertCan, type Actor } from '@/lib/auth/actor';
import { cachedRead } from '@/lib/cache/cached';
import { cacheTags } from '@/lib/cache/tags';
import { cursorOrThrow, encodeCursor } from '@/lib/comments/cursor';
import { parseOrThrow } from '@/lib/validation/parse';
import { idParamSchema } from '@/lib/db/ids';

export const QUEUES = ['pending', 'reported', 'rejected', 'approved'] as const;
export type Queue = (typeof QUEUES)[number];
// "Recently approved" looks back this far.
const RECENT_MS = 48 * 3_600_000;

export const queueQuerySchema = z.object({
  queue: z.enum(QUEUES, { error: `Choose one of: ${QUEUES.join(', ')}` }).default('pending'),
  sort: z.enum(['newest', 'oldest']).default('newest'),
  article: idParamSchema().optional(),
  section: z.string().trim().max(100).optional(),
  q: z.string().trim().max(200, 'Searches are at most 200 characters').optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
type QueueQuery = z.infer<typeof queueQuerySchema>;

export type QueueCard = {
  id: number;
  body: string;
  status: 'pending' | 'approved' | 'rejected' | 'spam';
  reasons: string[];
  rejectionReason: string | null;
  featured: boolean;
  reportCount: number;
  likeCount: number;
  createdAt: string;
  editedAt: string | null;
  article: { id: number; slug: string; headline: string; section: string; commentMode: string; surgeUntil: string | null };
  parent: { id: number; body: string; authorName: string | null } | null;
  author: {
    id: number;
    name: string;
    email: string;
    joinedAt: string;
    status: 'active' | 'banned';
    bannedUntil: string | null;
    banReason: string | null;
    approved: number;
    rejected: number;
    recent: { id: number; body: string; status: string; createdAt: string }[];
  } | null;
  reports: { reason: string; count: number; notes: string[] }[];
};

export type QueuePage = { comments: QueueCard[]; nextCursor: string | null; counts: Record<Queue, number> };

function queueWhere(queue: Queue): SQL {
  switch (queue) {
    case 'pending':
      return sql`${comments.status} = 'pending'`;
    case 'reported':
      return sql`${comments.status} = 'approved' and ${comments.reportCount} > 0`;
    case 'rejected':
      return sql`${comments.status} in ('rejected', 'spam')`;
    case 'approved':
      return sql`${comments.status} = 'approved' and ${comments.createdAt} > ${new Date(Date.now() - RECENT_MS).toISOString()}::timestamptz`;
  }
}

/** The story or section filter, shared by the list and its tab counts. */
function scopeOf(article: number | null, section: string | null): SQL[] {
  const scope: SQL[] = [];
  if (article) scope.push(sql`${comments.articleId} = ${article}`);
  if (section) scope.push(sql`${comments.articleId} in (select a.id from ${articles} a join ${sections} s on s.id = a.section_id where s.slug = ${section})`);
  return scope;
}

const parents = alias(comments, 'parent');
const parentAuthors = alias(users, 'parent_author');

/**
 * One moderation queue, newest or oldest first, filtered by story, section or text (comment or commenter),
 * with everything a moderator needs on each card: the story, the parent comment, why it is here and who wrote
 * it. The tab counts follow the story and section filters.
 */
/** A queue page as JSON text: cached as text, so each poll skips parsing and re-serialising the whole page. */
export async function listQueue(actor: Actor, raw: unknown): Promise<string> {
  assertCan(actor, 'comment:moderate');
  const query = parseOrThrow(queueQuerySchema, raw);
  cursorOrThrow(query.cursor, query.sort); // a bad cursor is refused before the cache is asked
  return cachedQueuePage(query);
}

/**
 * Every moderator polls the same queues, so a page is cached until a comment is posted, edited, reported or
 * decided, or a commenter banned (the same tag as the counts); a minute at most, as "recently approved" and
 * surge ends move with the clock.
 */
const cachedQueuePage = cachedRead('moderation-queue', async (query: QueueQuery) => JSON.stringify(await readQueuePage(query)), () => [cacheTags.moderationQueues], 60);

async function readQueuePage(query: QueueQuery): Promise<QueuePage> {
  const cursor = cursorOrThrow(query.cursor, query.sort);
  const db = await getDb();

  const filters = scopeOf(query.article ?? null, query.section ?? null);
  if (query.q) {
    const like = containsPattern(query.q);
    filters.push(or(ilike(comments.body, like), sql`${comments.authorId} in (select id from ${users} where name ilike ${like} or email ilike ${like})`)!);
  }
  if (cursor) {
    const op = query.sort === 'newest' ? sql`<` : sql`>`;
    filters.push(sql`(${comments.createdAt}, ${comments.id}) ${op} (${String(cursor.key)}::timestamptz, ${cursor.id}::int)`);
  }

  const rows = await db
    .select({
      c: comments,
      article: { id: articles.id, slug: articles.slug, headline: articles.headline, section: sections.slug, commentMode: articles.commentMode, surgeUntil: articles.surgeUntil },
      parent: { id: parents.id, body: parents.body, authorName: parentAuthors.name },
      author: { id: users.id, name: users.name, email: users.email, joinedAt: users.createdAt, status: users.status, bannedUntil: users.bannedUntil, banReason: users.banReason },
    })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(parents, eq(parents.id, comments.parentId))
    .leftJoin(parentAuthors, eq(parentAuthors.id, parents.authorId))
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(and(queueWhere(query.queue), ...filters))
    // Null ordering as in comments_status_idx (DESC NULLS LAST), so the queue is read from the index, not sorted.
    .orderBy(
      query.sort === 'newest'
        ? sql`${comments.createdAt} desc nulls last, ${comments.id} desc nulls last`
        : sql`${comments.createdAt} asc nulls first, ${comments.id} asc nulls first`,
    )
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);

  const ids = page.map((r) => r.c.id);
  const authorIds = [...new Set(page.flatMap((r) => (r.author?.id ? [r.author.id] : [])))];
  const [reports, history, recent, counts] = await Promise.all([
    ids.length
      ? db
          .select({ commentId: commentReports.commentId, reason: commentReports.reason, note: commentReports.note })
          .from(commentReports)
          .where(and(inArray(commentReports.commentId, ids), isNull(commentReports.resolvedAt)))
      : [],
    authorIds.length
      ? db
          .select({
            authorId: comments.authorId,
            approved: sql<number>`count(*) filter (where ${comments.status} = 'approved')::int`,
            rejected: sql<number>`count(*) filter (where ${comments.status} in ('rejected', 'spam'))::int`,
          })
          .from(comments)
          .where(inArray(comments.authorId, authorIds))
          .groupBy(comments.authorId)
      : [],
    authorIds.length
      ? db.execute(sql`
          select r.author_id as "authorId", r.id, left(r.body, 200) as body, r.status, r.created_at as "createdAt"
          from unnest(${sql.raw(`array[${authorIds.join(',')}]::int[]`)}) a(id)
          cross join lateral (
            select id, author_id, body, status, created_at from comments
            where author_id = a.id order by created_at desc nulls last limit 4
          ) r`)
      : { rows: [] },
    queueCounts(query.article ?? null, query.section ?? null),
  ]);
  const recentRows = (recent as unknown as { rows: { authorId: number; id: number; body: string; status: string; createdAt: string | Date }[] }).rows;

  const cards: QueueCard[] = page.map(({ c, article, parent, author }) => {
    const stats = history.find((h) => h.authorId === author?.id);
    const grouped = new Map<string, { reason: string; count: number; notes: string[] }>();
    for (const r of reports.filter((x) => x.commentId === c.id)) {
      const g = grouped.get(r.reason) ?? { reason: r.reason, count: 0, notes: [] };
      g.count++;
      if (r.note) g.notes.push(r.note);
      grouped.set(r.reason, g);
    }
    return {
      id: c.id,
      body: c.body,
      status: c.status as QueueCard['status'],
      reasons: c.reasons,
      rejectionReason: c.rejectionReason,
      featured: c.featured,
      reportCount: c.reportCount,
      likeCount: c.likeCount,
      createdAt: c.createdAt.toISOString(),
      editedAt: c.editedAt?.toISOString() ?? null,
      article: { ...article, surgeUntil: article.surgeUntil && article.surgeUntil > new Date() ? article.surgeUntil.toISOString() : null },
      parent: parent?.id ? { id: parent.id, body: parent.body ?? '', authorName: parent.authorName } : null,
      author: author?.id
        ? {
            ...author,
            joinedAt: author.joinedAt.toISOString(),
            bannedUntil: author.bannedUntil?.toISOString() ?? null,
            approved: stats?.approved ?? 0,
            rejected: stats?.rejected ?? 0,
            recent: recentRows
              .filter((r) => r.authorId === author.id && r.id !== c.id)
              .slice(0, 3)
              .map((r) => ({ id: r.id, body: r.body, status: r.status, createdAt: new Date(r.createdAt).toISOString() })),
          }
        : null,
      reports: [...grouped.values()].sort((a, b) => b.count - a.count),
    };
  });

  const last = page.at(-1);
  return {
    comments: cards,
    nextCursor: rows.length > query.limit && last ? encodeCursor(query.sort, last.c) : null,
    counts,
  };
}

/**
 * How many comments wait in each queue (within a story or section): one indexed count each. Pending can run
 * to six figures, so the counts are cached until a comment is posted, edited, reported or decided.
 */
export const queueCounts = cachedRead(
  'moderation-queue-counts',
  async (article: number | null, section: string | null): Promise<Record<Queue, number>> => {
    const db = await getDb();
    const scope = scopeOf(article, section);
    const counted = await Promise.all(
      QUEUES.map(async (queue) => {
        const [row] = await db
          .select({ n: sql<number>`count(*)::int` })
          .from(comments)
          .where(and(queueWhere(queue), ...scope));
        return [queue, row?.n ?? 0] as const;
      }),
    );
    return Object.fromEntries(counted) as Record<Queue, number>;
  },
  () => [cacheTags.moderationQueues],
  // "Recently approved" slides with the clock even when nothing is posted.
  60,
);
