import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '@/lib/db/client';
import { recountStories } from '@/lib/comments/counts';
import { demoSections } from './demo-publication';

export type ScaleOptions = { articles: number; comments: number; batch?: number };
export type ScaleProgress = (phase: 'articles' | 'comments' | 'counts', done: number, total: number) => void;

const ADJECTIVES = ['Quiet', 'Bitter', 'Sudden', 'Long', 'Uneasy', 'Fragile', 'Open', 'Hidden', 'Rising', 'Final', 'New', 'Last', 'Slow', 'Hard'];
const NOUNS = ['truce', 'harvest', 'budget', 'verdict', 'season', 'border', 'recovery', 'strike', 'reform', 'summit', 'comeback', 'inquiry', 'drought', 'merger', 'premiere', 'election', 'discovery'];
const PLACES = ['Valdoria', 'Lisvane', 'Ostrava', 'Serra Alta', 'Port Amaro', 'Corrin', 'Millbrook', 'Eastport', 'the Tarn valley', 'Hadley Ridge', 'Ashby', 'Harbour City'];

const textArray = (items: string[]) => sql.raw(`array[${items.map((w) => `'${w.replace(/'/g, "''")}'`).join(',')}]`);

/**
 * Bulk generator for benchmarks: adds `articles` published stories and `comments` comments (a third of them
 * replies) on top of the demo newsroom, with set-based INSERT … SELECT over generate_series so each batch is
 * one statement whichever database runs it.
 */
export async function seedScale(db: Db, opts: ScaleOptions, progress: ScaleProgress = () => {}): Promise<void> {
  const batch = opts.batch ?? 5_000;
  const paragraphs = demoSections.flatMap((s) => s.paragraphs);
  const body = { type: 'doc', content: paragraphs.slice(0, 3).map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };

  const [{ maxUser } = { maxUser: 0 }] = await queryRows<{ maxUser: number }>(db, sql`select coalesce(max(id), 0)::int as "maxUser" from users`);
  await db.execute(sql`
    insert into users (email, name, created_at)
    select 'scale-reader-' || (${maxUser} + g) || '@readers.example', 'Reader ' || (${maxUser} + g), now() - (g || ' hours')::interval
    from generate_series(1, 2000) g`);

  const start = (await queryRows<{ n: number }>(db, sql`select coalesce(max(id), 0)::int as n from articles`))[0]?.n ?? 0;
  for (let from = 1; from <= opts.articles; from += batch) {
    const to = Math.min(opts.articles, from + batch - 1);
    await db.execute(sql`
      with sec as (select array_agg(id order by id) ids from sections),
           hero as (select array_agg(id order by id) ids from media where url like '/demo/heroes/%')
      insert into articles (slug, status, headline, dek, body, body_text, section_id, hero_media_id, published_at, edited_at, created_at, comment_mode)
      select
        'archive-' || (${start} + g),
        'published',
        (${textArray(ADJECTIVES)})[1 + g % ${ADJECTIVES.length}] || ' ' || (${textArray(NOUNS)})[1 + (g / 7) % ${NOUNS.length}] || ' in ' || (${textArray(PLACES)})[1 + (g / 3) % ${PLACES.length}] || ', report ' || g,
        'From the archive: story ' || g || ' of the Courier’s coverage.',
        ${JSON.stringify(body)}::jsonb,
        (${textArray(paragraphs)})[1 + g % ${paragraphs.length}] || ' ' || (${textArray(paragraphs)})[1 + (g / 5) % ${paragraphs.length}],
        sec.ids[1 + g % array_length(sec.ids, 1)],
        hero.ids[1 + g % array_length(hero.ids, 1)],
        now() - interval '20 days' - (g * interval '5 minutes'),
        now() - interval '20 days' - (g * interval '5 minutes'),
        now() - interval '20 days' - (g * interval '5 minutes'),
        'open'
      from generate_series(${from}::int, ${to}::int) g, sec, hero`);
    await db.execute(sql`
      with au as (select array_agg(id order by id) ids from author_profiles)
      insert into article_authors (article_id, author_id, position, published_at)
      select a.id, au.ids[1 + a.id % array_length(au.ids, 1)], 0, a.published_at
      from articles a, au where a.slug like 'archive-%' and a.id > ${start + from - 1} and a.id <= ${start + to}`);
    await db.execute(sql`
      with t as (select array_agg(id order by id) ids from tags)
      insert into article_tags (article_id, tag_id, published_at)
      select distinct a.id, t.ids[1 + (a.id::bigint * k) % array_length(t.ids, 1)], a.published_at
      from articles a, t, generate_series(1, 2) k
      where a.slug like 'archive-%' and a.id > ${start + from - 1} and a.id <= ${start + to}
      on conflict do nothing`);
    progress('articles', to, opts.articles);
  }

  const bounds = (await queryRows<{ lo: number; hi: number }>(db, sql`select min(id)::int lo, max(id)::int hi from articles where status = 'published'`))[0];
  const lo = bounds?.lo ?? 1;
  const span = Math.max(1, (bounds?.hi ?? 1) - lo + 1);
  const users = (await queryRows<{ lo: number; hi: number }>(db, sql`select min(id)::int lo, max(id)::int hi from users`))[0];
  const userLo = users?.lo ?? 1;
  const userSpan = Math.max(1, (users?.hi ?? 1) - userLo + 1);
  const topLevel = Math.ceil((opts.comments * 2) / 3);
  const texts = paragraphs.map((p) => p.split('. ')[0] ?? p);

  let written = 0;
  for (let from = 1; from <= topLevel; from += batch * 4) {
    const to = Math.min(topLevel, from + batch * 4 - 1);
    const inserted = await queryRows<{ lo: number; hi: number }>(db, sql`
      with ins as (
        insert into comments (article_id, author_id, body, status, like_count, created_at)
        select ${lo} + (g::bigint * 7919) % ${span}, ${userLo} + (g::bigint * 31) % ${userSpan},
               (${textArray(texts)})[1 + g % ${texts.length}] || '.',
               (case when g % 50 = 0 then 'pending' else 'approved' end)::comment_status,
               g % 13, now() - (g % 500000) * interval '1 minute'
        from generate_series(${from}::int, ${to}::int) g
        returning id)
      select min(id)::int lo, max(id)::int hi from ins`);
    const range = inserted[0]!;
    await db.execute(sql`update comments set root_id = id where id between ${range.lo} and ${range.hi}`);
    // Every other top-level comment gets one reply, which gives a third of all comments as replies.
    const replies = await queryRows<{ n: number }>(db, sql`
      with ins as (
        insert into comments (article_id, parent_id, root_id, depth, author_id, body, status, created_at)
        select c.article_id, c.id, c.id, 1, ${userLo} + (c.id::bigint * 17) % ${userSpan}, 'I see it differently: ' || lower(left(c.body, 120)), 'approved', c.created_at + interval '7 minutes'
        from comments c where c.id between ${range.lo} and ${range.hi} and c.id % 2 = 0 and c.status = 'approved'
        returning id)
      select id from ins`);
    written += to - from + 1 + replies.length;
    progress('comments', Math.min(written, opts.comments), opts.comments);
  }

  // Pending comments get no reply, so the split above falls a little short: top up with top-level comments.
  const remainder = opts.comments - written;
  if (remainder > 0) {
    const range = (
      await queryRows<{ lo: number; hi: number }>(db, sql`
      with ins as (
        insert into comments (article_id, author_id, body, status, created_at)
        select ${lo} + (g::bigint * 104729) % ${span}, ${userLo} + (g::bigint * 13) % ${userSpan},
               (${textArray(texts)})[1 + g % ${texts.length}] || '!', 'approved', now() - (g % 400000) * interval '1 minute'
        from generate_series(1, ${remainder}::int) g
        returning id)
      select min(id)::int lo, max(id)::int hi from ins`)
    )[0]!;
    await db.execute(sql`update comments set root_id = id where id between ${range.lo} and ${range.hi}`);
    written += remainder;
  }
  progress('comments', written, opts.comments);

  progress('counts', 0, 1);
  // Stories without comments keep the count they were written with: zero.
  const stories = await queryRows<{ id: number }>(db, sql`select distinct article_id id from comments`);
  await recountStories(db, stories.map((a) => a.id));
  await db.execute(sql`analyze`);
  progress('counts', 1, 1);
}
