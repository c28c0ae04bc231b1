import 'server-only';
import { and, desc, eq, lt } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { articleRevisions, users } from '@/lib/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { notFound } from '@/lib/http/errors';
import { articleFor } from './article-access';
import { readEditorArticle, type EditorArticle } from './editor-article';
import { diffRevisions, type RevisionDiff } from './revision-diff';
import { saveArticle } from './save-article';

export type RevisionSummary = { id: number; version: number; editor: string | null; note: string | null; createdAt: string; headline: string };

const summaryColumns = {
  id: articleRevisions.id,
  version: articleRevisions.version,
  editor: users.name,
  note: articleRevisions.note,
  createdAt: articleRevisions.createdAt,
  headline: articleRevisions.headline,
};

/** The story's saved versions, newest first. */
export async function listRevisions(actor: Actor, articleId: number): Promise<RevisionSummary[]> {
  const db = await getDb();
  await articleFor(db, actor, articleId, 'article:read-draft');
  const rows = await db
    .select(summaryColumns)
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.editorId))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.createdAt), desc(articleRevisions.id))
    .limit(200);
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

async function revisionOf(articleId: number, revisionId: number) {
  const db = await getDb();
  const [revision] = await db.select().from(articleRevisions).where(and(eq(articleRevisions.id, revisionId), eq(articleRevisions.articleId, articleId)));
  if (!revision) throw notFound('Revision');
  return revision;
}

/** One revision against the one before it, word by word. */
export async function readRevisionDiff(actor: Actor, articleId: number, revisionId: number): Promise<{ revision: RevisionSummary; diff: RevisionDiff }> {
  const db = await getDb();
  await articleFor(db, actor, articleId, 'article:read-draft');
  const revision = await revisionOf(articleId, revisionId);
  const [previous] = await db
    .select()
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, articleId), lt(articleRevisions.id, revisionId)))
    .orderBy(desc(articleRevisions.id))
    .limit(1);
  const [editor] = revision.editorId ? await db.select({ name: users.name }).from(users).where(eq(users.id, revision.editorId)) : [];
  return {
    revision: { id: revision.id, version: revision.version, editor: editor?.name ?? null, note: revision.note, createdAt: revision.createdAt.toISOString(), headline: revision.headline },
    diff: diffRevisions(previous ?? null, revision),
  };
}

/** Brings back a revision's headline, standfirst and body as a new save (itself a revision when live). */
export async function restoreRevision(actor: Actor, articleId: number, revisionId: number): Promise<EditorArticle> {
  const db = await getDb();
  await articleFor(db, actor, articleId, 'article:edit');
  const revision = await revisionOf(articleId, revisionId);
  const current = await readEditorArticle(db, articleId);
  return saveArticle(
    actor,
    articleId,
    { ...current, headline: revision.headline, dek: revision.dek, body: revision.body },
    `Restored version ${revision.version}`,
  );
}
