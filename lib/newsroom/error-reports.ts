import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { articles, errorReportStatus, errorReports, sections, users } from '@/lib/db/schema';
import type { ErrorReportStatus } from '@/lib/db/schema/enums';
import { assertCan, type Actor } from '@/lib/auth/actor';
import { published } from '@/lib/articles/cards';
import { articleUrl } from '@/lib/articles/types';
import { noteForStaff } from '@/lib/notifications/record';
import { consume } from '@/lib/rate-limit/limiter';
import { notFound } from '@/lib/http/errors';
import { parseOrThrow } from '@/lib/validation/parse';

/** "Report an error in this article": readers' notes to the editors, kept apart from comment reports. */


const reportSchema = z.object({ body: z.string().trim().min(10, 'Tell us what is wrong (at least 10 characters)').max(2000, 'Keep it under 2,000 characters') });
const statusSchema = z.object({ status: z.enum(errorReportStatus.enumValues) });

/** A signed-in reader reports an error in a published story. */
export async function reportArticleError(actor: Actor, slug: string, raw: unknown): Promise<{ id: number; status: ErrorReportStatus }> {
  assertCan(actor, 'comment:report');
  const input = parseOrThrow(reportSchema, raw);
  const db = await getDb();
  const [article] = await db.select({ id: articles.id }).from(articles).where(and(eq(articles.slug, slug), published));
  if (!article) throw notFound('Article');
  await consume('reportsPerUser', String(actor.id));
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(errorReports).values({ articleId: article.id, reporterId: actor.id, body: input.body }).returning();
    await noteForStaff(tx, 'error_report', row!.id, actor.id);
    return { id: row!.id, status: row!.status };
  });
}

export type ErrorReportItem = {
  id: number;
  body: string;
  status: ErrorReportStatus;
  createdAt: string;
  updatedAt: string;
  reporter: string | null;
  article: { id: number; headline: string; url: string };
};

/** The editors' inbox, newest first, optionally one status. */
export async function listErrorReports(actor: Actor, status?: string): Promise<{ reports: ErrorReportItem[]; counts: Record<ErrorReportStatus, number> }> {
  assertCan(actor, 'article:correct');
  const filter = status ? parseOrThrow(statusSchema, { status }).status : undefined;
  const db = await getDb();
  const [rows, countRows] = await Promise.all([
    db
      .select({ report: errorReports, reporter: users.name, headline: articles.headline, slug: articles.slug, sectionSlug: sections.slug })
      .from(errorReports)
      .innerJoin(articles, eq(articles.id, errorReports.articleId))
      .innerJoin(sections, eq(sections.id, articles.sectionId))
      .leftJoin(users, eq(users.id, errorReports.reporterId))
      .where(filter ? eq(errorReports.status, filter) : undefined)
      .orderBy(desc(errorReports.createdAt), desc(errorReports.id))
      .limit(200),
    db.select({ status: errorReports.status, n: sql<number>`count(*)::int` }).from(errorReports).groupBy(errorReports.status),
  ]);
  const counts = Object.fromEntries(errorReportStatus.enumValues.map((s) => [s, 0])) as Record<ErrorReportStatus, number>;
  for (const c of countRows) counts[c.status] = c.n;
  return {
    counts,
    reports: rows.map((r) => ({
      id: r.report.id,
      body: r.report.body,
      status: r.report.status,
      createdAt: r.report.createdAt.toISOString(),
      updatedAt: r.report.updatedAt.toISOString(),
      reporter: r.reporter,
      article: { id: r.report.articleId, headline: r.headline, url: articleUrl(r.sectionSlug, r.slug) },
    })),
  };
}

export async function setErrorReportStatus(actor: Actor, id: number, raw: unknown): Promise<{ id: number; status: ErrorReportStatus }> {
  assertCan(actor, 'article:correct');
  const { status } = parseOrThrow(statusSchema, raw);
  const db = await getDb();
  const [row] = await db.update(errorReports).set({ status, updatedAt: new Date() }).where(eq(errorReports.id, id)).returning();
  if (!row) throw notFound('Report');
  return { id: row.id, status: row.status };
}
