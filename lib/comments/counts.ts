import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db, type Tx } from '@/lib/db/client';

/**
 * The one place the counts kept beside the comment rows move: a story's comment count, a comment's replies and
 * likes. Every other module changes a comment's status through `keepingCounts` (one comment) or calls
 * `recountStories` after writing many rows at once (a ban's reject-all, an import, the seeds).
 *
 * What readers see, and so what a story counts: an approved comment all of whose ancestors show, where a
 * comment shows when it is approved, or deleted while it still has approved replies ("comment deleted" keeps
 * the conversation under it). A reply under a comment a moderator rejects leaves the thread with its parent,
 * and leaves the count with it. `replyCount` is a comment's approved direct replies; `likeCount` its likes.
 */

const intArray = (ids: number[]): SQL => sql`array[${sql.join([...new Set(ids)].map((id) => sql`${id}::int`), sql`, `)}]::int[]`;

/** The rule for a comment that keeps its place in the thread (the listing shows by it, the counts count by it), for a table or CTE alias. */
export const showsIn = (alias: string): SQL =>
  sql.raw(`(${alias}.status = 'approved' or (${alias}.status = 'deleted' and ${alias}.reply_count > 0))`);

/**
 * Locks the stories' rows, in id order, before any comment row. Every write that moves their counts takes
 * this lock first, so such writes on one story run one after another, each recount below sees every earlier
 * one committed, and two writers never wait on each other's comment rows in opposite orders.
 */
export async function lockStories(tx: Tx, articleIds: number[]): Promise<void> {
  if (articleIds.length === 0) return;
  await tx.execute(sql`select 1 from articles where id = any(${intArray(articleIds)}) order by id for update`);
}

/** Locks the story a comment is on (see lockStories), before the caller locks the comment itself. */
export async function lockStoryOf(tx: Tx, commentId: number): Promise<void> {
  await tx.execute(sql`select 1 from articles where id = (select article_id from comments where id = ${commentId}) for update`);
}

/** The comments one thread (a top-level comment and everything under it) adds to its story's count. */
async function threadCount(tx: Tx, rootId: number): Promise<number> {
  const [row] = await queryRows<{ n: number }>(tx, sql`
    with recursive thread as materialized (
      select id, parent_id, status, reply_count from comments where root_id = ${rootId}
    ), shown as (
      select t.id, t.status from thread t where t.id = ${rootId} and ${showsIn('t')}
      union all
      select t.id, t.status from thread t join shown s on t.parent_id = s.id where ${showsIn('t')}
    )
    select (count(*) filter (where status = 'approved'))::int n from shown`);
  return row?.n ?? 0;
}

type Placed = { id: number; articleId: number; parentId: number | null; rootId: number | null };

/**
 * Runs `write`, which inserts one comment or changes one comment's status, and moves the counts it affects in
 * the same transaction: the parent's replies, recounted from the rows, and the story's count by how much the
 * thread gained or lost (rejecting a comment takes the replies under it out too). `threadRootId` is the thread
 * the comment is in, or null for a new top-level comment (which starts one). The caller has locked the story
 * with `lockStories`.
 */
export async function keepingCounts<T extends Placed>(tx: Tx, threadRootId: number | null, write: () => Promise<T>): Promise<T> {
  const before = threadRootId === null ? 0 : await threadCount(tx, threadRootId);
  const after = await write();
  const rootId = after.rootId ?? after.id;
  if (after.parentId !== null) {
    await tx.execute(sql`
      update comments p set reply_count = (
        select count(*) from comments r where r.root_id = ${rootId} and r.parent_id = p.id and r.status = 'approved')
      where p.id = ${after.parentId}`);
  }
  const delta = (await threadCount(tx, rootId)) - before;
  if (delta !== 0) await tx.execute(sql`update articles set comment_count = comment_count + ${delta} where id = ${after.articleId}`);
  return after;
}

/** Adds or takes one like from a comment's count; the caller has just added or removed the like row. */
export async function countLike(tx: Tx, commentId: number, delta: 1 | -1 | 0): Promise<number> {
  const [row] = await queryRows<{ n: number }>(tx, sql`update comments set like_count = like_count + ${delta} where id = ${commentId} returning like_count n`);
  return row!.n;
}

/**
 * Recounts the given stories from the rows: their comments' replies, then each story's count. For writes that
 * change many comments at once; the caller has locked the stories (in a transaction) or owns the database
 * (seeds).
 */
export async function recountStories(db: Db | Tx, articleIds: number[]): Promise<void> {
  await inBatches(articleIds, async (batch) => {
    await db.execute(sql`
      with replies as (
        select parent_id id, count(*)::int n from comments
        where article_id = any(${batch}) and parent_id is not null and status = 'approved' group by parent_id
      ), counted as (
        select c.id, coalesce(r.n, 0) n from comments c left join replies r on r.id = c.id where c.article_id = any(${batch}))
      update comments c set reply_count = counted.n from counted where c.id = counted.id and c.reply_count <> counted.n`);
    await db.execute(sql`
      with recursive story_comments as materialized (
        select id, article_id, parent_id, status, reply_count from comments where article_id = any(${batch})
      ), shown as (
        select t.id, t.article_id, t.status from story_comments t where t.parent_id is null and ${showsIn('t')}
        union all
        select t.id, t.article_id, t.status from story_comments t join shown s on t.parent_id = s.id where ${showsIn('t')}
      ), per_story as (
        select article_id, (count(*) filter (where status = 'approved'))::int n from shown group by article_id
      ), counted as (
        select a.id, coalesce(p.n, 0) n from articles a left join per_story p on p.article_id = a.id where a.id = any(${batch}))
      update articles a set comment_count = counted.n from counted where a.id = counted.id and a.comment_count <> counted.n`);
  });
}

/** Sets the like counts of the given stories' comments from their like rows, after writing like rows in bulk. */
export async function recountLikes(db: Db | Tx, articleIds: number[]): Promise<void> {
  await inBatches(articleIds, (batch) =>
    db.execute(sql`
      with likes as (
        select l.comment_id id, count(*)::int n from comment_likes l join comments c on c.id = l.comment_id
        where c.article_id = any(${batch}) group by l.comment_id
      ), counted as (
        select c.id, coalesce(l.n, 0) n from comments c left join likes l on l.id = c.id where c.article_id = any(${batch}))
      update comments c set like_count = counted.n from counted where c.id = counted.id and c.like_count <> counted.n`),
  );
}

/** Runs `write` for the stories 5,000 at a time, each batch one array parameter. */
async function inBatches(articleIds: number[], write: (batch: SQL) => Promise<unknown>): Promise<void> {
  const ids = [...new Set(articleIds)];
  for (let i = 0; i < ids.length; i += 5000) await write(intArray(ids.slice(i, i + 5000)));
}
