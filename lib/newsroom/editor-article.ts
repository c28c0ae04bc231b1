import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '@/lib/db/client';
import { articleAuthors, articles, articleTags, authorProfiles, media, sections, tags, users } from '@/lib/db/schema';
import type { ArticleKind, ArticleStatus, ClaimStatus, CommentMode } from '@/lib/db/schema/enums';
import type { BodyDocument } from '@/lib/articles/document';
import { readArticleById } from '@/lib/articles/article';
import { getSections } from '@/lib/articles/reads';
import { articleUrl, type ArticleDetail } from '@/lib/articles/types';
import type { Actor } from '@/lib/auth/actor';
import { notFound } from '@/lib/http/errors';
import { pageUrl, readPageById, type PageDetail } from '@/lib/pages/read-page';
import { articleFor } from './article-access';

/** An article as the newsroom editor holds it: every field it edits, the version it saves against, its state. */
export type EditorArticle = {
  id: number;
  /** A story, or a page (About, Contact…) that has no section, bylines, tags, claim or comments. */
  kind: ArticleKind;
  status: ArticleStatus;
  version: number;
  editedAt: string;
  editedBy: string | null;
  publishedAt: string | null;
  scheduledFor: string | null;
  /** The public URL once published (and the one it will have). */
  url: string;
  slug: string;
  headline: string;
  dek: string;
  /** The section's slug; empty for a page. */
  section: string;
  tags: string[];
  authors: string[];
  heroMediaId: number | null;
  hero: { url: string; alt: string } | null;
  claimStatus: ClaimStatus | null;
  claimNote: string;
  commentMode: CommentMode;
  body: BodyDocument;
};

export async function readEditorArticle(db: Db | Tx, id: number): Promise<EditorArticle> {
  const [[row], tagRows, authorRows] = await Promise.all([
    db
      .select({ article: articles, sectionSlug: sections.slug, heroUrl: media.url, heroAlt: media.alt, editedBy: users.name })
      .from(articles)
      .leftJoin(sections, eq(sections.id, articles.sectionId))
      .leftJoin(media, eq(media.id, articles.heroMediaId))
      .leftJoin(users, eq(users.id, articles.editedBy))
      .where(eq(articles.id, id)),
    db.select({ name: tags.name }).from(articleTags).innerJoin(tags, eq(tags.id, articleTags.tagId)).where(eq(articleTags.articleId, id)).orderBy(asc(tags.name)),
    db
      .select({ slug: authorProfiles.slug })
      .from(articleAuthors)
      .innerJoin(authorProfiles, eq(authorProfiles.id, articleAuthors.authorId))
      .where(eq(articleAuthors.articleId, id))
      .orderBy(asc(articleAuthors.position)),
  ]);
  if (!row) throw notFound('Article');
  const a = row.article;
  return {
    id: a.id,
    kind: a.kind,
    status: a.status,
    version: a.version,
    editedAt: a.editedAt.toISOString(),
    editedBy: row.editedBy,
    publishedAt: a.publishedAt?.toISOString() ?? null,
    scheduledFor: a.scheduledFor?.toISOString() ?? null,
    url: row.sectionSlug === null ? pageUrl(a.slug) : articleUrl(row.sectionSlug, a.slug),
    slug: a.slug,
    headline: a.headline,
    dek: a.dek,
    section: row.sectionSlug ?? '',
    tags: tagRows.map((t) => t.name),
    authors: authorRows.map((r) => r.slug),
    heroMediaId: a.heroMediaId,
    hero: row.heroUrl ? { url: row.heroUrl, alt: row.heroAlt ?? '' } : null,
    claimStatus: a.claimStatus,
    claimNote: a.claimNote ?? '',
    commentMode: a.commentMode,
    body: a.body,
  };
}

/** The editor's copy of a story, for someone allowed to see it (an author: only stories they are on). */
export async function openArticle(actor: Actor, id: number): Promise<EditorArticle> {
  const db = await getDb();
  await articleFor(db, actor, id, 'article:read-draft');
  return readEditorArticle(db, id);
}

/** The story or page exactly as readers would get it, whatever its state: the newsroom's preview. */
export async function previewArticle(actor: Actor, id: number): Promise<{ kind: 'story'; article: ArticleDetail } | { kind: 'page'; page: PageDetail }> {
  const db = await getDb();
  const row = await articleFor(db, actor, id, 'article:read-draft');
  if (row.kind === 'page') {
    const page = await readPageById(id);
    if (!page) throw notFound('Article');
    return { kind: 'page', page };
  }
  const article = await readArticleById(id);
  if (!article) throw notFound('Article');
  return { kind: 'story', article };
}

/** The choices the editor offers: sections, and the authors a byline can name. */
export async function editorOptions() {
  const db = await getDb();
  const [sectionRows, authorRows] = await Promise.all([
    getSections(),
    db.select({ slug: authorProfiles.slug, name: authorProfiles.displayName }).from(authorProfiles).orderBy(asc(authorProfiles.displayName)),
  ]);
  return { sections: sectionRows.map(({ slug, name }) => ({ slug, name })), authors: authorRows };
}
