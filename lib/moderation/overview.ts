import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb, queryRows } from '@/lib/db/client';
import { assertCan, type Actor } from '@/lib/auth/actor';
import { queueCounts, type Queue } from './queue';

const HOURS = 48;
const BUSIEST = 5;
// Every status, so the (status, created_at) index serves time-range counts without a full scan.
const ALL_STATUSES = sql`status in ('pending', 'approved', 'rejected', 'spam', 'deleted')`;

export type Overview = {
  /** One entry per hour, oldest first, for the last 48 hours (hours as ISO strings). */
  hours: string[];
  siteWide: number[];
  busiest: { id: number; headline: string; slug: string; section: string; perHour: number[]; total: number }[];
  queues: Record<Queue, number>;
  /** Median minutes from posting to a moderator's decision over the last 7 days; null when none. */
  medianDecisionMinutes: number | null;
  decisions: number;
  ruleHits: { reason: string; count: number }[];
  reportReasons: { reason: string; count: number }[];
};

/** The desk at a glance: where comments are arriving, what waits, how fast it is decided and why it is held. */
export async function readOverview(actor: Actor): Promise<Overview> {
  assertCan(actor, 'comment:moderate');
  const db = await getDb();
  const start = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 - (HOURS - 1) * 3_600_000);
  const hours = Array.from({ length: HOURS }, (_, i) => new Date(start.getTime() + i * 3_600_000).toISOString());
  const slot = (at: string | Date) => Math.floor((new Date(at).getTime() - start.getTime()) / 3_600_000);
  const series = (rows: { hour: string | Date; n: number }[]) => {
    const out = new Array<number>(HOURS).fill(0);
    for (const r of rows) if (slot(r.hour) >= 0 && slot(r.hour) < HOURS) out[slot(r.hour)] = Number(r.n);
    return out;
  };

  const [siteRows, busiestRows, queues, decision, ruleHits, reportReasons] = await Promise.all([
    queryRows<{ hour: string; n: number }>(db, sql`
      select date_trunc('hour', created_at) as hour, count(*)::int as n from comments
      where ${ALL_STATUSES} and created_at >= ${start.toISOString()}::timestamptz group by 1`),
    queryRows<{ id: number; headline: string; slug: string; section: string; total: number }>(db, sql`
      select a.id, a.headline, a.slug, s.slug as section, c.total from (
        select article_id, count(*)::int as total from comments
        where ${ALL_STATUSES} and created_at >= ${start.toISOString()}::timestamptz
        group by article_id order by total desc limit ${BUSIEST}) c
      join articles a on a.id = c.article_id join sections s on s.id = a.section_id
      order by c.total desc`),
    queueCounts(null, null),
    queryRows<{ median: number | null; n: number }>(db, sql`
      with m as materialized (
        -- Filtered first: only comment targets have numeric ids to cast.
        select target_id, created_at from moderation_actions
        where target_type = 'comment' and action in ('comment.approve', 'comment.reject', 'comment.spam') and created_at > now() - interval '7 days')
      select percentile_cont(0.5) within group (order by extract(epoch from m.created_at - c.created_at) / 60) as median, count(*)::int as n
      from m join comments c on c.id = m.target_id::int`),
    queryRows<{ reason: string; count: number }>(db, sql`
      select r.reason, count(*)::int as count
      from comments c cross join lateral jsonb_array_elements_text(c.reasons) as r(reason)
      where ${ALL_STATUSES} and c.created_at > now() - interval '7 days' and c.reasons <> '[]'::jsonb
      group by r.reason order by count desc, r.reason limit 8`),
    queryRows<{ reason: string; count: number }>(db, sql`
      select reason::text as reason, count(*)::int as count from comment_reports
      where created_at > now() - interval '7 days' group by reason order by count desc`),
  ]);

  const busiestIds = busiestRows.map((b) => b.id);
  const perArticle = busiestIds.length
    ? await queryRows<{ articleId: number; hour: string; n: number }>(db, sql`
        select article_id as "articleId", date_trunc('hour', created_at) as hour, count(*)::int as n from comments
        where article_id in ${sql.raw(`(${busiestIds.join(',')})`)} and created_at >= ${start.toISOString()}::timestamptz
        group by 1, 2`)
    : [];

  return {
    hours,
    siteWide: series(siteRows),
    busiest: busiestRows.map((b) => ({ ...b, perHour: series(perArticle.filter((r) => r.articleId === b.id)) })),
    queues,
    medianDecisionMinutes: decision[0]?.median === null || decision[0]?.median === undefined ? null : Math.round(Number(decision[0].median)),
    decisions: decision[0]?.n ?? 0,
    ruleHits,
    reportReasons,
  };
}
