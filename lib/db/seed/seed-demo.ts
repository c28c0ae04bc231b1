import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import * as s from '@/lib/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { documentToPlainText, type BodyDocument } from '@/lib/articles/document';
import { slugify } from '@/lib/articles/slug';
import { demoArticles } from './demo-articles';
import { demoAuthors, demoPages, demoSections, demoSiteSettings } from './demo-publication';
import { demoCommenters, demoReplies, demoTopComments } from './demo-comments';
import { avatarPath, heroPath, HERO_SIZE, HERO_VARIANTS } from './demo-images';
import { buildDemoBody } from './build-body';
import { seededRandom } from './random';
import { defaultSettings } from '@/lib/settings/defaults';
import { recountLikes, recountStories } from '@/lib/comments/counts';

export type DemoAccount = { role: s.UserRole; email: string; password: string };

const HOUR = 3_600_000;

/** Humanises a tag slug: "womens-sport" → "Women’s sport". */
function tagName(slug: string): string {
  const words = slug.replace('womens', 'women’s').replace('var', 'VAR').split('-');
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Fills an empty database with the demo newsroom. Accounts for each role share one password: the one given,
 * or a fresh random one, returned so the caller can print it. Never run by migrations.
 */
export async function seedDemo(db: Db, opts: { password?: string; now?: Date } = {}): Promise<DemoAccount[]> {
  const password = opts.password ?? randomBytes(9).toString('base64url');
  const now = opts.now ?? new Date();
  const rnd = seededRandom(20261125);
  const passwordHash = await hashPassword(password);

  return db.transaction(async (tx) => {
    const staff = await tx
      .insert(s.users)
      .values([
        { email: 'admin@meridian.example', name: 'Ada Admin', role: 'admin', passwordHash, emailVerified: now },
        { email: 'editor@meridian.example', name: 'Eliot Editor', role: 'editor', passwordHash, emailVerified: now },
        { email: 'reader@meridian.example', name: 'Rosa Reader', role: 'reader', passwordHash, emailVerified: now },
        ...demoAuthors.map((a) => ({ email: a.email, name: a.name, role: 'author' as const, passwordHash, emailVerified: now })),
      ])
      .returning({ id: s.users.id, email: s.users.email, role: s.users.role });
    const userIdByEmail = new Map(staff.map((u) => [u.email, u.id]));

    const commenters = await tx
      .insert(s.users)
      .values(
        demoCommenters.map((name, i) => ({
          email: `${slugify(name)}@readers.example`,
          name,
          createdAt: new Date(now.getTime() - (400 + i * 20) * 24 * HOUR),
          emailVerified: new Date(now.getTime() - (400 + i * 20) * 24 * HOUR),
        })),
      )
      .returning({ id: s.users.id });
    const staffCommenters = staff.filter((u) => u.role === 'editor' || u.role === 'author').map((u) => u.id);

    const profiles = await tx
      .insert(s.authorProfiles)
      .values(
        demoAuthors.map((a) => ({
          userId: userIdByEmail.get(a.email),
          slug: a.slug,
          displayName: a.name,
          title: a.title,
          shortBio: a.shortBio,
          longBio: a.longBio,
          avatarUrl: avatarPath(a.slug),
          links: a.links,
        })),
      )
      .returning({ id: s.authorProfiles.id, slug: s.authorProfiles.slug, userId: s.authorProfiles.userId });
    const profileBySlug = new Map(profiles.map((p) => [p.slug, p]));

    const sections = await tx
      .insert(s.sections)
      .values(demoSections.map((sec, i) => ({ slug: sec.slug, name: sec.name, description: sec.description, position: i })))
      .returning({ id: s.sections.id, slug: s.sections.slug });
    const sectionIdBySlug = new Map(sections.map((x) => [x.slug, x.id]));

    const tagSlugs = [...new Set(demoArticles.flatMap((a) => a.tags))];
    const tags = await tx
      .insert(s.tags)
      .values(tagSlugs.map((slug) => ({ slug, name: tagName(slug) })))
      .returning({ id: s.tags.id, slug: s.tags.slug });
    const tagIdBySlug = new Map(tags.map((x) => [x.slug, x.id]));

    const slugs = demoArticles.map((a) => slugify(a.headline));
    const bySection = new Map<string, string[]>();
    demoArticles.forEach((a, i) => bySection.set(a.section, [...(bySection.get(a.section) ?? []), slugs[i] as string]));

    let articleCount = 0;
    for (const [i, demo] of demoArticles.entries()) {
      const section = demoSections.find((x) => x.slug === demo.section);
      if (!section) throw new Error(`Unknown demo section ${demo.section}`);
      const slug = slugs[i] as string;
      const siblings = (bySection.get(demo.section) ?? []).filter((x) => x !== slug);
      const elsewhere = slugs.filter((x, j) => demoArticles[j]?.section !== demo.section);
      const body = buildDemoBody({
        seed: i + 1,
        lede: demo.lede,
        section,
        sectionSlug: section.slug,
        relatedSlugs: [siblings[i % siblings.length] ?? slugs[0]!, elsewhere[(i * 7) % elsewhere.length] ?? slugs[1]!],
      });
      const publishedAt = new Date(now.getTime() - demo.ageHours * HOUR);
      // Updates land between publication and now, however young the story is.
      const updateTime = (hoursAfter: number) =>
        new Date(Math.min(publishedAt.getTime() + hoursAfter * HOUR, now.getTime() - 10 * 60_000 * (1 + hoursAfter / 100)));
      const lastUpdate = Math.max(0, ...(demo.updates ?? []).map((u) => u.hoursAfter));
      const updatedAt = lastUpdate ? updateTime(lastUpdate) : null;
      const variant = i % HERO_VARIANTS;
      const [hero] = await tx
        .insert(s.media)
        .values({
          url: heroPath(section.slug, variant),
          mimeType: 'image/webp',
          ...HERO_SIZE,
          alt: `Abstract illustration in the ${section.name} section’s colours`,
          caption: demo.dek,
          credit: 'Illustration: Courier graphics desk',
        })
        .returning({ id: s.media.id });
      const [article] = await tx
        .insert(s.articles)
        .values({
          slug,
          status: 'published',
          headline: demo.headline,
          dek: demo.dek,
          body,
          bodyText: documentToPlainText(body),
          heroMediaId: hero?.id,
          sectionId: sectionIdBySlug.get(demo.section)!,
          publishedAt,
          updatedAt,
          createdAt: new Date(publishedAt.getTime() - 3 * HOUR),
          editedAt: updatedAt ?? publishedAt,
          claimStatus: demo.claim?.status,
          claimNote: demo.claim?.note,
          // The oldest stories are closed to new comments, as a newsroom would after a while.
          commentMode: demo.ageHours > 300 ? 'closed' : 'open',
        })
        .returning({ id: s.articles.id });
      const articleId = article!.id;
      articleCount++;
      await tx.insert(s.articleAuthors).values(
        demo.authors.map((a, position) => ({ articleId, authorId: profileBySlug.get(a)!.id, position, publishedAt })),
      );
      await tx
        .insert(s.articleTags)
        .values(demo.tags.map((t) => ({ articleId, tagId: tagIdBySlug.get(t)!, publishedAt })));
      const firstAuthorUser = profileBySlug.get(demo.authors[0]!)?.userId ?? null;
      await tx.insert(s.articleRevisions).values({
        articleId,
        editorId: firstAuthorUser,
        version: 1,
        headline: demo.headline,
        dek: demo.dek,
        body,
        note: 'First published',
        createdAt: publishedAt,
      });
      if (demo.updates?.length) {
        await tx.insert(s.articleUpdates).values(
          demo.updates.map((u) => ({
            articleId,
            kind: u.kind,
            body: u.body,
            authorId: userIdByEmail.get('editor@meridian.example'),
            createdAt: updateTime(u.hoursAfter),
          })),
        );
      }
      await seedThread(tx, {
        articleId,
        publishedAt,
        now,
        rnd,
        // The demo reader has a history here, so their next comment is not held as a first comment.
        commenterIds: [...commenters.map((c) => c.id), userIdByEmail.get('reader@meridian.example')!],
        staffIds: staffCommenters,
        size: 3 + ((i * 5) % 11),
      });
    }

    await tx.insert(s.settings).values(Object.entries({ ...defaultSettings, ...demoSiteSettings }).map(([key, value]) => ({ key, value })));
    for (const page of demoPages) {
      const body: BodyDocument = { type: 'doc', content: page.paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
      const publishedAt = new Date(now.getTime() - 400 * 24 * HOUR);
      const [row] = await tx
        .insert(s.articles)
        .values({ kind: 'page', slug: page.slug, status: 'published', headline: page.title, dek: page.dek, body, bodyText: documentToPlainText(body), commentMode: 'closed', publishedAt, createdAt: publishedAt, editedAt: publishedAt })
        .returning({ id: s.articles.id });
      await tx.insert(s.articleRevisions).values({ articleId: row!.id, editorId: userIdByEmail.get('editor@meridian.example'), version: 1, headline: page.title, dek: page.dek, body, note: 'First published', createdAt: publishedAt });
    }
    await tx.insert(s.wordLists).values([
      { kind: 'banned', word: 'scumbag' },
      { kind: 'suspect', word: 'idiot' },
      { kind: 'suspect', word: 'liar' },
      { kind: 'suspect', word: 'crypto giveaway' },
    ]);
    await tx.insert(s.newsletters).values([
      { slug: 'morning-briefing', name: 'Morning Briefing', description: 'The day’s essential stories, in your inbox at 7 a.m.', position: 0 },
      { slug: 'breaking-news', name: 'Breaking News', description: 'An email when a big story breaks. Rarely more than one a week.', position: 1 },
    ]);

    if (articleCount !== demoArticles.length) throw new Error('demo articles were not all written');
    return staff
      .filter((u) => ['admin@meridian.example', 'editor@meridian.example', 'reader@meridian.example', demoAuthors[0]!.email].includes(u.email))
      .map((u) => ({ role: u.role, email: u.email, password }));
  });
}

type ThreadOpts = {
  articleId: number;
  publishedAt: Date;
  now: Date;
  rnd: ReturnType<typeof seededRandom>;
  commenterIds: number[];
  staffIds: number[];
  size: number;
};

/** A believable thread: top-level comments, replies up to four deep, likes, and a few held or rejected. */
async function seedThread(tx: Db, o: ThreadOpts) {
  const span = Math.max(1, o.now.getTime() - o.publishedAt.getTime());
  const at = (fraction: number) => new Date(o.publishedAt.getTime() + span * Math.min(0.98, fraction));
  type Seeded = { id: number; rootId: number; depth: number; createdAt: Date; status: s.CommentStatus };

  for (let n = 0; n < o.size; n++) {
    const createdAt = at((n + o.rnd.next()) / (o.size + 2));
    const status: s.CommentStatus = o.rnd.next() < 0.06 ? 'pending' : o.rnd.next() < 0.04 ? 'rejected' : 'approved';
    const [top] = await tx
      .insert(s.comments)
      .values({
        articleId: o.articleId,
        authorId: o.rnd.pick(o.commenterIds),
        body: o.rnd.pick(demoTopComments),
        status,
        reasons: status === 'pending' ? ['first_comment'] : status === 'rejected' ? ['suspect_word:idiot'] : [],
        rejectionReason: status === 'rejected' ? 'abuse' : null,
        featured: status === 'approved' && n === 1,
        createdAt,
      })
      .returning({ id: s.comments.id });
    const root: Seeded = { id: top!.id, rootId: top!.id, depth: 0, createdAt, status };
    await tx.update(s.comments).set({ rootId: root.id }).where(sql`${s.comments.id} = ${root.id}`);
    if (status !== 'approved') continue;

    const thread: Seeded[] = [root];
    const replies = o.rnd.int(0, 3);
    for (let r = 0; r < replies; r++) {
      const parent = o.rnd.pick(thread);
      if (parent.depth >= 4) continue;
      const replyAt = new Date(parent.createdAt.getTime() + o.rnd.int(5, 240) * 60_000);
      if (replyAt > o.now) continue;
      const byStaff = o.staffIds.length > 0 && o.rnd.next() < 0.15;
      const [reply] = await tx
        .insert(s.comments)
        .values({
          articleId: o.articleId,
          parentId: parent.id,
          rootId: root.id,
          depth: parent.depth + 1,
          authorId: byStaff ? o.rnd.pick(o.staffIds) : o.rnd.pick(o.commenterIds),
          body: byStaff ? 'Thanks for reading. We have passed your question to the desk and will update the piece if we learn more.' : o.rnd.pick(demoReplies),
          status: 'approved',
          createdAt: replyAt,
        })
        .returning({ id: s.comments.id });
      thread.push({ id: reply!.id, rootId: root.id, depth: parent.depth + 1, createdAt: replyAt, status: 'approved' });
    }

    for (const c of thread) {
      const likers = o.rnd.shuffle(o.commenterIds).slice(0, o.rnd.int(0, 6));
      if (likers.length === 0) continue;
      await tx.insert(s.commentLikes).values(likers.map((userId) => ({ commentId: c.id, userId })));
    }
  }
  await recountStories(tx, [o.articleId]);
  await recountLikes(tx, [o.articleId]);
}
