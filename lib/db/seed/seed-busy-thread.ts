import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '@/lib/db/client';

/**
 * For the comments benchmark: `count` approved comments (a third of them replies, with likes spread over
 * them) on one story, written by `posters` readers who each have a published comment there, so later posts
 * by them are not held as first comments. Returns the posters' user ids.
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
    with ins as (
      insert into comments (article_id, parent_id, root_id, depth, author_id, body, status, created_at)
      select c.article_id, c.id, c.id, 1, (${idArray})[1 + (c.id + 7) % ${ids.length}], 'A reply to comment ' || c.id || '.', 'approved', c.created_at + interval '5 seconds'
      from comments c where c.id between ${range!.lo} and ${range!.hi} and (c.id - ${range!.lo}) % 2 = 0
      limit ${count - topLevel}
      returning parent_id)
    update comments p set reply_count = p.reply_count + 1 from ins where p.id = ins.parent_id`);
  await db.execute(sql`
    update articles set comment_count = (select count(*)::int from comments where article_id = ${article.id} and status = 'approved')
    where id = ${article.id}`);
  await db.execute(sql`analyze comments`);
  return ids;
}
