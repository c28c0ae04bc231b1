import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '@/lib/db/client';
import { recountStories } from '@/lib/comments/counts';

/**
 * For the comments benchmark: `count` approved comments (a third of them replies, with likes spread over
 * them) on one story, written by `posters` readers who each have a published comment there, so later posts
 * by them are not held as first comments; surge protection is switched off. Returns the posters' user ids.
 */
export async function seedBusyThread(db: Db, slug: string, count: number, posters = 50): Promise<number[]> {
  const [article] = await queryRows<{ id: number }>(db, sql`select id from articles where slug = ${slug} and status = 'published'`);
  if (!article) throw new Error(`no published story ${slug}`);
  const stamp = Date.now();
  const users = await queryRows<{ id: number }>(db, sql`
    insert into users (email, name, created_at)
    select 'bench-poster-' || ${stamp} || '-' || g || '@readers.example', 'Bench Reader ' || g, now() - interval '90 days'
    from generate_series(1, ${posters}::int) g
    returning id`);
  const ids = users.map((u) => u.id);
  const idArray = sql.raw(`array[${ids.join(',')}]`);
  const topLevel = Math.ceil((count * 2) / 3);

  const [range] = await queryRows<{ lo: number; hi: number }>(db, sql`
    with ins as (
      insert into comments (article_id, author_id, body, status, like_count, created_at)
      select ${article.id}, (${idArray})[1 + g % ${ids.length}], 'Busy thread comment number ' || g || '. It has a few words to read.',
             'approved', g % 11, now() - (g * interval '20 seconds')
      from generate_series(1, ${topLevel}::int) g
      returning id)
    select min(id)::int lo, max(id)::int hi from ins`);
  await db.execute(sql`update comments set root_id = id where id between ${range!.lo} and ${range!.hi}`);
  await db.execute(sql`
    insert into comments (article_id, parent_id, root_id, depth, author_id, body, status, created_at)
    select c.article_id, c.id, c.id, 1, (${idArray})[1 + (c.id + 7) % ${ids.length}], 'A reply to comment ' || c.id || '.', 'approved', c.created_at + interval '5 seconds'
    from comments c where c.id between ${range!.lo} and ${range!.hi} and (c.id - ${range!.lo}) % 2 = 0
    limit ${count - topLevel}`);
  await recountStories(db, [article.id]);
  // The POST benchmark sends hundreds of comments a minute to this story: surge protection would hold them,
  // and the run measures the posting path, as it turns rate limits off.
  await db.execute(sql`
    insert into settings (key, value) values ('surgeCommentsPerMinute', '0'::jsonb)
    on conflict (key) do update set value = excluded.value`);
  await db.execute(sql`analyze comments`);
  return ids;
}

/**
 * For the moderation benchmark: `count` comments held for moderation across the published stories, by
 * `count / 5` new readers (five each, as a wave of newcomers would be). Returns an editor's user id.
 */
export async function seedPendingQueue(db: Db, count: number): Promise<number> {
  const stamp = Date.now();
  const writers = Math.max(1, Math.ceil(count / 5));
  const [range] = await queryRows<{ lo: number; hi: number }>(db, sql`
    with ins as (
      insert into users (email, name, created_at)
      select 'bench-newcomer-' || ${stamp} || '-' || g || '@readers.example', 'Newcomer ' || g, now() - (g % 30) * interval '1 day'
      from generate_series(1, ${writers}::int) g
      returning id)
    select min(id)::int lo, max(id)::int hi from ins`);
  await db.execute(sql`
    with stories as (select array_agg(id order by id) ids from articles where status = 'published')
    insert into comments (article_id, author_id, body, status, reasons, created_at)
    select stories.ids[1 + g % array_length(stories.ids, 1)], ${range!.lo} + g % ${writers}, 'Held comment number ' || g || ', waiting for a moderator.',
           'pending', '["first_comment"]'::jsonb, now() - (g * interval '3 seconds')
    from generate_series(1, ${count}::int) g, stories`);
  await db.execute(sql`update comments set root_id = id where root_id is null and parent_id is null`);
  await db.execute(sql`analyze comments`);
  const [editor] = await queryRows<{ id: number }>(db, sql`select id from users where role = 'editor' order by id limit 1`);
  if (!editor) throw new Error('no editor to moderate with');
  return editor.id;
}
