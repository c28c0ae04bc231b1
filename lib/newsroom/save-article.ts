import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb, type Tx } from '@/lib/db/client';
import { articleRevisions, articles } from '@/lib/db/schema';
import { assertCan, type Actor } from '@/lib/auth/actor';
import { documentToPlainText } from '@/lib/articles/document';
import { ensureAuthorProfile } from '@/lib/authors/ensure-profile';
import { readSettings } from '@/lib/settings/read-settings';
import { AppError } from '@/lib/http/errors';
import { parseOrThrow } from '@/lib/validation/parse';
import { articleFor, profileIdOf, type ArticleRow } from './article-access';
import { createArticleSchema, createPageSchema, emptyDocument, saveArticleSchema, savePageSchema } from './article-input';
import { bylineIds, heroIdFor, redirectOldSlug, resolveSlug, sectionIdFor, writeBylines, writeTags } from './article-refs';
import { readEditorArticle, type EditorArticle } from './editor-article';
import { expireFootprints, readFootprint } from './footprint';

/** The kind of article a create request asks for: a page only when it says so. */
const requestedKind = (raw: unknown) => ((raw as { kind?: unknown } | null)?.kind === 'page' ? 'page' : 'story');

/**
 * Starts a draft: a headline and a section are enough for a story, whose writer is the byline unless they name
 * others; a page (editors and admins) needs only its title.
 */
export async function createArticle(actor: Actor, raw: unknown): Promise<EditorArticle> {
  if (requestedKind(raw) === 'page') return createPage(actor, raw);
  assertCan(actor, 'article:create');
  const input = parseOrThrow(createArticleSchema, raw);
  const db = await getDb();
  const id = await db.transaction(async (tx) => {
    const section = await sectionIdFor(tx, input.section);
    const ownProfileId = await ensureAuthorProfile(tx, actor);
    const authorIds = input.authors ? await bylineIds(tx, actor, input.authors, ownProfileId) : [ownProfileId];
    const { defaultCommentMode } = await readSettings(tx, ['defaultCommentMode']);
    const body = input.body ?? emptyDocument;
    const [row] = await tx
      .insert(articles)
      .values({
        slug: await resolveSlug(tx, '', input.headline, null, 'story'),
        headline: input.headline,
        dek: input.dek,
        body,
        bodyText: documentToPlainText(body),
        sectionId: section.id,
        commentMode: section.commentMode ?? (defaultCommentMode as ArticleRow['commentMode']),
        editedBy: actor.id,
      })
      .returning({ id: articles.id });
    await writeBylines(tx, row!.id, authorIds, null);
    return row!.id;
  });
  return readEditorArticle(db, id);
}

async function createPage(actor: Actor, raw: unknown): Promise<EditorArticle> {
  assertCan(actor, 'page:manage');
  const input = parseOrThrow(createPageSchema, raw);
  const db = await getDb();
  const [row] = await db.transaction(async (tx) =>
    tx
      .insert(articles)
      .values({
        kind: 'page',
        slug: await resolveSlug(tx, '', input.headline, null, 'page'),
        headline: input.headline,
        dek: input.dek,
        body: emptyDocument,
        commentMode: 'closed',
        editedBy: actor.id,
      })
      .returning({ id: articles.id }),
  );
  return readEditorArticle(db, row!.id);
}

/** Keeps what a published story looked like after a save: who, when, what. */
export async function recordRevision(tx: Tx, article: Pick<ArticleRow, 'id' | 'version' | 'headline' | 'dek' | 'body'>, editorId: number | null, note: string | null = null) {
  await tx.insert(articleRevisions).values({ articleId: article.id, editorId, version: article.version, headline: article.headline, dek: article.dek, body: article.body, note });
}

/**
 * Saves every field against the version the editor loaded (a page has fewer). If someone saved in between,
 * nothing is written and the caller gets 409 with who saved and when, so two people never silently overwrite
 * each other. A published story's save is live at once (its pages expire) and kept as a revision.
 */
export async function saveArticle(actor: Actor, id: number, raw: unknown, note: string | null = null): Promise<EditorArticle> {
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const article = await articleFor(tx, actor, id, 'article:edit', true);
    const input = article.kind === 'page' ? { ...parseOrThrow(savePageSchema, raw), ...PAGE_EXTRAS } : parseOrThrow(saveArticleSchema, raw);
    if (article.version !== input.version) {
      const current = await readEditorArticle(tx, id);
      const who = current.editedBy ? `${current.editedBy} saved` : 'Someone saved';
      throw new AppError('conflict', `${who} this story after you opened it. Reload to see their version.`, {
        current: {
          version: current.version,
          editedAt: current.editedAt,
          editedBy: current.editedBy,
        },
      });
    }
    const before = await readFootprint(tx, id);
    const isPage = article.kind === 'page';
    const section = isPage ? null : await sectionIdFor(tx, input.section);
    const authorIds = isPage ? [] : await bylineIds(tx, actor, input.authors, await profileIdOf(tx, actor.id));
    const heroMediaId = await heroIdFor(tx, input.heroMediaId);
    const slug = await resolveSlug(tx, input.slug, input.headline, id, article.kind);
    const live = article.status === 'published';
    const [saved] = await tx
      .update(articles)
      .set({
        slug,
        headline: input.headline,
        dek: input.dek,
        body: input.body,
        bodyText: documentToPlainText(input.body),
        sectionId: section?.id ?? null,
        heroMediaId,
        claimStatus: input.claimStatus,
        claimNote: input.claimStatus ? input.claimNote || null : null,
        commentMode: input.commentMode,
        version: article.version + 1,
        editedAt: new Date(),
        editedBy: actor.id,
      })
      .where(eq(articles.id, id))
      .returning();
    const mirrored = live ? article.publishedAt : null;
    if (!isPage) {
      await writeBylines(tx, id, authorIds, mirrored);
      await writeTags(tx, id, input.tags, mirrored);
    }
    if (article.publishedAt) await redirectOldSlug(tx, id, article.slug, slug);
    if (live) await recordRevision(tx, saved!, actor.id, note);
    return { live, before, after: await readFootprint(tx, id) };
  });
  if (result.live) expireFootprints(result.before, result.after);
  return readEditorArticle(db, id);
}

/** What a page has in place of a story's section, bylines, tags, claim and comments. */
const PAGE_EXTRAS = { section: '', authors: [] as string[], tags: [] as string[], claimStatus: null, claimNote: '', commentMode: 'closed' as const };

/** Deletes a story that is not on the site (a draft, or one archived); a live story is unpublished first. */
export async function deleteArticle(actor: Actor, id: number): Promise<void> {
  const db = await getDb();
  const footprint = await db.transaction(async (tx) => {
    const article = await articleFor(tx, actor, id, 'article:delete', true);
    if (article.status === 'published' || article.status === 'scheduled') {
      throw new AppError('conflict', 'Unpublish or unschedule the story before deleting it.', { current: { status: article.status } });
    }
    const footprint = await readFootprint(tx, id);
    await tx.delete(articles).where(eq(articles.id, id));
    return article.publishedAt ? footprint : null;
  });
  if (footprint) expireFootprints(footprint);
}
