import { describe, expect, it } from 'vitest';
import * as s from '@/lib/db/schema';
import { readOverview } from '@/lib/moderation/overview';
import { createArticle } from '../helpers/factories';
import { setupTestDatabase } from '../helpers/test-database';
import { createUser } from '../helpers/users';
import { currentActor } from '@/lib/auth/actor';

const database = setupTestDatabase();
const db = () => database.current().db;
const actorFor = async (role: s.UserRole) => (await currentActor(new Request('http://localhost/', { headers: { cookie: (await createUser(db(), role)).cookie } })))!;
const HOUR = 3_600_000;

describe('moderation overview', () => {
  it('counts comments per hour site-wide and on the busiest story, queue sizes, decision time, rule hits and reports', async () => {
    const editor = await actorFor('editor');
    const before = await readOverview(editor);
    const article = await createArticle(db(), { headline: 'A story on fire' });
    const now = Date.now();
    const hourStart = Math.floor(now / HOUR) * HOUR;
    // 40 comments in the current hour (spread between its start and now, so none falls into the previous hour
    // when the test runs just after the hour turns), 10 two hours ago: more than any demo story in 48 hours.
    const rows = [
      ...Array.from({ length: 40 }, (_, i) => ({ createdAt: new Date(now - Math.floor(((now - hourStart) * i) / 40)), status: 'approved' as const })),
      ...Array.from({ length: 10 }, () => ({ createdAt: new Date(now - 2 * HOUR), status: 'pending' as const, reasons: ['suspect_word:arsonist'] })),
    ];
    const inserted = await db()
      .insert(s.comments)
      .values(rows.map((r, i) => ({ articleId: article.id, body: `Heat ${i}`, reasons: [], ...r })))
      .returning({ id: s.comments.id, createdAt: s.comments.createdAt });
    await db().insert(s.moderationActions).values({ actorId: editor.id, action: 'comment.approve', targetType: 'comment', targetId: String(inserted[0]!.id), createdAt: new Date(inserted[0]!.createdAt.getTime() + 30 * 60_000) });
    await db().insert(s.moderationActions).values({ actorId: editor.id, action: 'setting.update', targetType: 'setting', targetId: 'communityGuidelines' }); // not a number: must not break the query
    const reporter = await createUser(db(), 'reader');
    await db().insert(s.commentReports).values({ commentId: inserted[1]!.id, reporterId: reporter.user.id, reason: 'misinformation' });

    const o = await readOverview(editor);
    expect(o.hours).toHaveLength(48);
    expect(o.siteWide.at(-1)! - before.siteWide.at(-1)!).toBe(40);
    expect(o.siteWide.at(-3)! - before.siteWide.at(-3)!).toBe(10);
    expect(o.busiest[0]).toMatchObject({ id: article.id, headline: 'A story on fire', total: 50 });
    expect(o.busiest[0]!.perHour.at(-1)).toBe(40);
    expect(o.queues.pending - before.queues.pending).toBe(10);
    expect(o.decisions).toBe(before.decisions + 1);
    expect(o.medianDecisionMinutes).not.toBeNull();
    expect(o.ruleHits).toContainEqual({ reason: 'suspect_word:arsonist', count: 10 });
    expect(o.reportReasons).toContainEqual({ reason: 'misinformation', count: (before.reportReasons.find((r) => r.reason === 'misinformation')?.count ?? 0) + 1 });
  });

  it('is for moderators only', async () => {
    for (const role of ['reader', 'author'] as const) await expect(readOverview(await actorFor(role))).rejects.toMatchObject({ status: 403 });
  });
});
