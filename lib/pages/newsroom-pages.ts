import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { articles } from '@/lib/db/schema';
import type { ArticleStatus } from '@/lib/db/schema/enums';
import { assertCan, type Actor } from '@/lib/auth/actor';
import { pageUrl } from './read-page';

export type NewsroomPage = { id: number; title: string; slug: string; url: string; status: ArticleStatus; editedAt: string };

/** Every page, whatever its state, by title (editors and admins manage them). */
export async function listNewsroomPages(actor: Actor): Promise<NewsroomPage[]> {
  assertCan(actor, 'page:manage');
  const db = await getDb();
  const rows = await db
    .select({ id: articles.id, title: articles.headline, slug: articles.slug, status: articles.status, editedAt: articles.editedAt })
    .from(articles)
    .where(eq(articles.kind, 'page'))
    .orderBy(asc(articles.headline), asc(articles.id))
    .limit(500);
  return rows.map((r) => ({ ...r, url: pageUrl(r.slug), editedAt: r.editedAt.toISOString() }));
}
