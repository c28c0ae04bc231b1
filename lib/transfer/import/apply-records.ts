import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/lib/db/client';
import * as s from '@/lib/db/schema';
import { documentToPlainText } from '@/lib/articles/document';
import { firstFreeSlug, isValidSlug, slugify } from '@/lib/articles/slug';
import { SITE_SETTING_KEYS, siteSettingValueSchemas } from '@/lib/settings/site-settings-schema';
import { defaultSettings } from '@/lib/settings/defaults';
import { cacheTags } from '@/lib/cache/tags';
import { lockStories, recountLikes, recountStories } from '@/lib/comments/counts';
import { publicationRecord, type PublicationRecord, type RecordInput, type StoryRecord, type CommentRecord } from '../records';

export type RecordKind = 'setting' | 'section' | 'tag' | 'user' | 'author' | 'media' | 'story' | 'comment';
export type ImportSummary = {
  created: Record<RecordKind, number>;
  /** Already there: imported by an earlier run of the same file, or matched by slug or email. */
  existing: Record<RecordKind, number>;
  skipped: { ref: string; reason: string }[];
  /** Cache tags of what the import added (lib/cache/tags.ts): expired at the end. */
  cacheTags: string[];
};

type ContentRecord = Exclude<PublicationRecord, { type: 'broadsheet-export' }>;
const KINDS: RecordKind[] = ['setting', 'section', 'tag', 'user', 'author', 'media', 'story', 'comment'];
const zeroes = () => Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<RecordKind, number>;
/** Records written per transaction: a failure loses one batch, never half a record. */
const BATCH = 100;

const date = (iso: string | null) => (iso ? new Date(iso) : null);
const emailKey = (email: string) => email.trim().toLowerCase().normalize('NFC');

/**
 * Writes a publication's records (lib/transfer/records.ts) into the database, in batches of one transaction
 * each. Idempotent: what an import made is remembered per source in `import_records`, and a record found there
 * is counted as existing and left alone; sections, tags and authors with the same slug, and users with the same
 * email, are the same ones. A record that does not validate, or refers to one that is missing, is skipped with
 * the reason; the rest go in. Stories keep their state and dates; counts are recomputed from the rows.
 */
export async function applyRecords(
  db: Db,
  source: string,
  records: AsyncIterable<RecordInput> | Iterable<RecordInput>,
  options: { startHistory?: boolean; onProgress?: (done: number) => void } = {},
): Promise<ImportSummary> {
  const summary: ImportSummary = { created: zeroes(), existing: zeroes(), skipped: [], cacheTags: [] };
  const writer = new RecordWriter(source, summary, options.startHistory ?? false);
  let batch: ContentRecord[] = [];
  let done = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const records = batch;
    batch = [];
    await db.transaction(async (tx) => {
      for (const record of records) await writer.write(tx, record);
    });
    done += records.length;
    options.onProgress?.(done);
  };
  for await (const input of records) {
    const parsed = publicationRecord.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const ref = (input as { ref?: string; slug?: string; type?: string }).ref ?? (input as { slug?: string }).slug ?? String((input as { type?: unknown }).type ?? 'record');
      summary.skipped.push({ ref, reason: `${issue.path.join('.') || 'record'}: ${issue.message}` });
      continue;
    }
    const record = parsed.data;
    if (record.type === 'broadsheet-export') continue;
    batch.push(record);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  await db.transaction((tx) => writer.recount(tx));
  return summary;
}

class RecordWriter {
  private readonly ids = new Map<string, number>();
  private readonly touchedArticles = new Set<number>();
  private fallbackSection: number | undefined;

  constructor(
    private readonly source: string,
    private readonly summary: ImportSummary,
    /** Give a story without revisions a first one (a system that keeps none): its newsroom history starts there. */
    private readonly startHistory: boolean,
  ) {}

  async write(tx: Tx, record: ContentRecord): Promise<void> {
    switch (record.type) {
      case 'setting':
        return this.setting(tx, record.key, record.value);
      case 'section':
        return this.bySlug(tx, 'section', record.slug, s.sections, () => ({ slug: record.slug, name: record.name, description: record.description, position: record.position, hidden: record.hidden, commentMode: record.commentMode }));
      case 'tag':
        return this.bySlug(tx, 'tag', record.slug, s.tags, () => ({ slug: record.slug, name: record.name }));
      case 'author': {
        const { type: _type, user, ...profile } = record;
        const userId = user ? await this.lookup(tx, 'user', user) : null;
        return this.bySlug(tx, 'author', record.slug, s.authorProfiles, () => ({ ...profile, userId }));
      }
      case 'user':
        return this.user(tx, record);
      case 'media': {
        if (await this.lookup(tx, 'media', record.ref)) return void this.summary.existing.media++;
        const { type: _type, ref: _ref, createdAt, ...row } = record;
        const [made] = await tx.insert(s.media).values({ ...row, createdAt: date(createdAt) ?? undefined }).returning({ id: s.media.id });
        return this.remember(tx, 'media', record.ref, made!.id);
      }
      case 'story':
        return this.story(tx, record);
      case 'comment':
        return this.comment(tx, record);
    }
  }

  /** Our id for a source ref, from this run or an earlier one. */
  private async lookup(tx: Tx, kind: RecordKind, ref: string): Promise<number | null> {
    const key = `${kind}:${ref}`;
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const [row] = await tx
      .select({ id: s.importRecords.localId })
      .from(s.importRecords)
      .where(and(eq(s.importRecords.source, this.source), eq(s.importRecords.kind, kind), eq(s.importRecords.sourceRef, ref)));
    if (row) this.ids.set(key, row.id);
    return row?.id ?? null;
  }

  private async remember(tx: Tx, kind: RecordKind, ref: string, id: number, created = true): Promise<void> {
    this.ids.set(`${kind}:${ref}`, id);
    await tx.insert(s.importRecords).values({ source: this.source, kind, sourceRef: ref, localId: id }).onConflictDoNothing();
    if (created) this.summary.created[kind]++;
    else this.summary.existing[kind]++;
  }

  /** Sections, tags and authors: the one with this slug, else a new one. */
  private async bySlug(tx: Tx, kind: 'section' | 'tag' | 'author', slug: string, table: typeof s.sections | typeof s.tags | typeof s.authorProfiles, values: () => Record<string, unknown>): Promise<void> {
    if (await this.lookup(tx, kind, slug)) return void this.summary.existing[kind]++;
    if (!isValidSlug(slug)) return void this.summary.skipped.push({ ref: slug, reason: `not a usable ${kind} address` });
    const [found] = await tx.select({ id: table.id }).from(table).where(eq(table.slug, slug));
    if (found) return this.remember(tx, kind, slug, found.id, false);
    const [made] = await tx.insert(table).values(values() as never).returning({ id: table.id });
    this.summary.cacheTags.push(cacheTags[kind](slug));
    return this.remember(tx, kind, slug, made!.id);
  }

  /** Only settings this version knows, with values it accepts; one the site already has is kept. */
  private async setting(tx: Tx, key: string, value: unknown): Promise<void> {
    const siteSchema = (siteSettingValueSchemas as Record<string, { safeParse: (v: unknown) => { success: boolean } }>)[key];
    const known = (SITE_SETTING_KEYS as string[]).includes(key) ? siteSchema!.safeParse(value).success : key in defaultSettings && typeof value === typeof defaultSettings[key as keyof typeof defaultSettings];
    if (!known) return void this.summary.skipped.push({ ref: `setting ${key}`, reason: 'not a setting this version knows, or not a value it accepts' });
    const made = await tx.insert(s.settings).values({ key, value }).onConflictDoNothing().returning({ key: s.settings.key });
    if (made.length > 0) this.summary.created.setting++;
    else this.summary.existing.setting++;
  }

  private async user(tx: Tx, record: Extract<PublicationRecord, { type: 'user' }>): Promise<void> {
    if (await this.lookup(tx, 'user', record.ref)) return void this.summary.existing.user++;
    const email = emailKey(record.email);
    if (!/^[^\s@]+@[^\s@]+$/.test(email)) return void this.summary.skipped.push({ ref: record.ref, reason: 'no usable email address' });
    const [found] = await tx.select({ id: s.users.id }).from(s.users).where(eq(s.users.email, email));
    if (found) return this.remember(tx, 'user', record.ref, found.id, false);
    // No password: they set one through a reset link, or an admin gives them one. And no file makes an admin:
    // admins are made here (setup, `npm run user:create`, or another admin), so an imported admin is an editor.
    const role = record.role === 'admin' ? 'editor' : record.role;
    if (role !== record.role) this.summary.skipped.push({ ref: record.ref, reason: 'imported as an editor: an import makes no admin' });
    const [made] = await tx
      .insert(s.users)
      .values({ email, name: record.name, role, status: record.status, createdAt: date(record.createdAt) ?? undefined })
      .returning({ id: s.users.id });
    return this.remember(tx, 'user', record.ref, made!.id);
  }

  /** The section of a story that names none (or one that was skipped): the first one, or a new "News". */
  private async sectionFor(tx: Tx, slug: string | null): Promise<number> {
    const named = slug ? await this.lookup(tx, 'section', slug) : null;
    if (named) return named;
    if (slug) {
      const [found] = await tx.select({ id: s.sections.id }).from(s.sections).where(eq(s.sections.slug, slug));
      if (found) return found.id;
    }
    if (this.fallbackSection) return this.fallbackSection;
    const [first] = await tx.select({ id: s.sections.id }).from(s.sections).orderBy(s.sections.position, s.sections.id).limit(1);
    this.fallbackSection = first?.id ?? (await tx.insert(s.sections).values({ slug: 'news', name: 'News' }).returning({ id: s.sections.id }))[0]!.id;
    return this.fallbackSection;
  }

  private async freeArticleSlug(tx: Tx, wanted: string, headline: string): Promise<string> {
    const base = isValidSlug(wanted) ? wanted : slugify(headline) || 'story';
    const taken = await tx.select({ slug: s.articles.slug }).from(s.articles).where(sql`${s.articles.slug} = ${base} or ${s.articles.slug} like ${`${base}-%`}`);
    const redirected = await tx.select({ slug: s.slugRedirects.oldSlug }).from(s.slugRedirects).where(sql`${s.slugRedirects.oldSlug} = ${base} or ${s.slugRedirects.oldSlug} like ${`${base}-%`}`);
    const used = new Set([...taken, ...redirected].map((r) => r.slug));
    return firstFreeSlug(base, (slug) => used.has(slug));
  }

  private async story(tx: Tx, record: StoryRecord): Promise<void> {
    if (await this.lookup(tx, 'story', record.ref)) return void this.summary.existing.story++;
    if (record.status === 'scheduled' && !record.scheduledFor) return void this.summary.skipped.push({ ref: record.ref, reason: 'scheduled without a time' });
    const slug = await this.freeArticleSlug(tx, record.slug, record.headline);
    const sectionId = record.kind === 'page' ? null : await this.sectionFor(tx, record.section);
    const publishedAt = record.status === 'published' || record.status === 'archived' ? (date(record.publishedAt) ?? date(record.createdAt) ?? new Date()) : date(record.publishedAt);
    const heroMediaId = record.hero ? await this.lookup(tx, 'media', record.hero) : null;
    const version = Math.max(1, ...record.revisions.map((r) => r.version));
    const [article] = await tx
      .insert(s.articles)
      .values({
        slug,
        kind: record.kind,
        status: record.status,
        headline: record.headline,
        dek: record.dek,
        body: record.body,
        bodyText: documentToPlainText(record.body),
        sectionId,
        heroMediaId,
        publishedAt,
        updatedAt: date(record.updatedAt),
        scheduledFor: date(record.scheduledFor),
        createdAt: date(record.createdAt) ?? publishedAt ?? undefined,
        editedAt: date(record.updatedAt) ?? date(record.createdAt) ?? publishedAt ?? undefined,
        version,
        commentMode: record.commentMode,
        claimStatus: record.claimStatus,
        claimNote: record.claimNote,
      })
      .returning({ id: s.articles.id });
    const articleId = article!.id;
    const listed = record.status === 'published' ? publishedAt : null;

    const authorIds = (await Promise.all(record.authors.map((a) => this.lookup(tx, 'author', a)))).filter((id): id is number => id !== null);
    if (authorIds.length > 0) await tx.insert(s.articleAuthors).values([...new Set(authorIds)].map((authorId, position) => ({ articleId, authorId, position, publishedAt: listed })));
    const tagIds = (await Promise.all(record.tags.map((t) => this.lookup(tx, 'tag', t)))).filter((id): id is number => id !== null);
    if (tagIds.length > 0) await tx.insert(s.articleTags).values([...new Set(tagIds)].map((tagId) => ({ articleId, tagId, publishedAt: listed })));

    const revisions = record.revisions.length > 0 || !this.startHistory ? record.revisions : [{ version: 1, headline: record.headline, dek: record.dek, body: record.body, note: 'Imported', editor: null, createdAt: (publishedAt ?? new Date()).toISOString() }];
    for (const r of revisions) {
      const editorId = r.editor ? await this.lookup(tx, 'user', r.editor) : null;
      await tx.insert(s.articleRevisions).values({ articleId, editorId, version: r.version, headline: r.headline, dek: r.dek, body: r.body, note: r.note, createdAt: new Date(r.createdAt) });
    }
    for (const u of record.updates) {
      const authorId = u.author ? await this.lookup(tx, 'user', u.author) : null;
      await tx.insert(s.articleUpdates).values({ articleId, kind: u.kind, body: u.body, authorId, createdAt: new Date(u.createdAt) });
    }
    const oldSlugs = [...record.oldSlugs, ...(slug !== record.slug && isValidSlug(record.slug) ? [record.slug] : [])];
    if (oldSlugs.length > 0) await tx.insert(s.slugRedirects).values(oldSlugs.map((oldSlug) => ({ oldSlug, articleId }))).onConflictDoNothing();
    if (record.legacyPaths.length > 0) await tx.insert(s.legacyRedirects).values(record.legacyPaths.map((path) => ({ path, articleId }))).onConflictDoNothing();

    this.touchedArticles.add(articleId);
    this.summary.cacheTags.push(cacheTags.article(slug));
    if (slug !== record.slug) this.summary.skipped.push({ ref: record.ref, reason: `address ${record.slug} was taken; imported as ${slug}` });
    return this.remember(tx, 'story', record.ref, articleId);
  }

  private async comment(tx: Tx, record: CommentRecord): Promise<void> {
    if (await this.lookup(tx, 'comment', record.ref)) return void this.summary.existing.comment++;
    const articleId = await this.lookup(tx, 'story', record.story);
    if (!articleId) return void this.summary.skipped.push({ ref: record.ref, reason: `its story ${record.story} was not imported` });
    const parentId = record.parent ? await this.lookup(tx, 'comment', record.parent) : null;
    if (record.parent && !parentId) return void this.summary.skipped.push({ ref: record.ref, reason: `it answers ${record.parent}, which was not imported` });
    const [parent] = parentId ? await tx.select({ rootId: s.comments.rootId, depth: s.comments.depth }).from(s.comments).where(eq(s.comments.id, parentId)) : [];
    const authorId = record.author ? await this.lookup(tx, 'user', record.author) : null;
    const [made] = await tx
      .insert(s.comments)
      .values({
        articleId,
        parentId,
        rootId: parent?.rootId ?? null,
        depth: parent ? parent.depth + 1 : 0,
        authorId,
        body: record.body,
        status: record.status,
        featured: record.featured,
        createdAt: new Date(record.createdAt),
        editedAt: date(record.editedAt),
        deletedAt: date(record.deletedAt),
        decidedAt: record.status === 'pending' ? null : new Date(record.createdAt),
      })
      .returning({ id: s.comments.id });
    const id = made!.id;
    if (!parent) await tx.update(s.comments).set({ rootId: id }).where(eq(s.comments.id, id));
    const likers = (await Promise.all(record.likedBy.map((u) => this.lookup(tx, 'user', u)))).filter((u): u is number => u !== null);
    if (likers.length > 0) await tx.insert(s.commentLikes).values([...new Set(likers)].map((userId) => ({ commentId: id, userId }))).onConflictDoNothing();
    this.touchedArticles.add(articleId);
    return this.remember(tx, 'comment', record.ref, id);
  }

  /** Counts the site keeps beside the rows (comments, replies, likes), from the rows themselves. */
  async recount(tx: Tx): Promise<void> {
    await lockStories(tx, [...this.touchedArticles]);
    await recountStories(tx, [...this.touchedArticles]);
    await recountLikes(tx, [...this.touchedArticles]);
  }
}
