import { documentToPlainText } from '@/lib/articles/document';
import { slugify } from '@/lib/articles/slug';
import type { RecordInput } from '../records';
import { htmlToDocument } from './html-to-document';
import { legacyPath } from './legacy-path';
import { child, childrenNamed, ImportFileError, parseXml, textOf, type XmlElement } from './xml-tree';
import type { SourceRead } from './sources';

const STATUS: Record<string, 'published' | 'draft' | 'scheduled'> = { publish: 'published', draft: 'draft', pending: 'draft', private: 'draft', future: 'scheduled' };

/** WordPress's "2024-05-01 10:00:00" (UTC in the `_gmt` fields); its "0000-00-00 00:00:00" means none. */
function gmt(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(value) || value.startsWith('0000')) return null;
  return `${value.replace(' ', 'T')}Z`;
}

function slugOf(raw: string, fallback: string): string {
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // not percent-encoded after all
  }
  return slugify(decoded) || slugify(fallback) || 'untitled';
}

/**
 * A WordPress eXtended RSS file (Tools → Export) as records: authors (accounts without passwords, and their
 * profiles), categories as sections, tags, posts and pages with their state and dates, approved comments with
 * their threads, the featured image, and the old addresses (`/?p=123`, the permalink) to redirect.
 */
export function readWordPress(xml: string): SourceRead {
  const rss = child(parseXml(xml), 'rss');
  const channel = child(rss, 'channel');
  if (!channel || !child(channel, 'wp:wxr_version')) throw new ImportFileError('This is not a WordPress export: it has no <wp:wxr_version> in its channel.');
  const site = textOf(channel, 'wp:base_site_url') || textOf(channel, 'link') || 'unknown';
  const records: RecordInput[] = [];
  const notes: string[] = [];

  const authorSlugs = new Map<string, string>();
  for (const a of childrenNamed(channel, 'wp:author')) {
    const login = textOf(a, 'wp:author_login');
    const name = textOf(a, 'wp:author_display_name') || login;
    const email = textOf(a, 'wp:author_email');
    const slug = slugOf(textOf(a, 'wp:author_login'), name);
    authorSlugs.set(login, slug);
    if (email) records.push({ type: 'user', ref: `author:${login}`, email, name, role: 'author' });
    records.push({ type: 'author', slug, displayName: name, user: email ? `author:${login}` : null });
  }
  const sectionSlugs = new Map<string, string>();
  childrenNamed(channel, 'wp:category').forEach((c, position) => {
    const nicename = textOf(c, 'wp:category_nicename');
    const name = textOf(c, 'wp:cat_name') || nicename;
    const slug = slugOf(nicename, name);
    sectionSlugs.set(nicename, slug);
    records.push({ type: 'section', slug, name, description: textOf(c, 'wp:category_description'), position });
  });
  for (const t of childrenNamed(channel, 'wp:tag')) {
    const name = textOf(t, 'wp:tag_name') || textOf(t, 'wp:tag_slug');
    records.push({ type: 'tag', slug: slugOf(textOf(t, 'wp:tag_slug'), name), name });
  }

  const items = childrenNamed(channel, 'item');
  const attachments = new Map(items.filter((i) => textOf(i, 'wp:post_type') === 'attachment').map((i) => [textOf(i, 'wp:post_id'), textOf(i, 'wp:attachment_url')]));
  const otherTypes = new Map<string, number>();
  const comments: RecordInput[] = [];
  const commenters = new Map<string, RecordInput>();

  for (const item of items) {
    const type = textOf(item, 'wp:post_type');
    const status = STATUS[textOf(item, 'wp:status')];
    if (type === 'attachment') continue;
    if ((type !== 'post' && type !== 'page') || !status) {
      const label = type === 'post' || type === 'page' ? `${type} (${textOf(item, 'wp:status')})` : type;
      otherTypes.set(label, (otherTypes.get(label) ?? 0) + 1);
      continue;
    }
    const id = textOf(item, 'wp:post_id');
    const ref = `post:${id}`;
    const title = textOf(item, 'title') || '(untitled)';
    const { doc, dropped } = htmlToDocument(textOf(item, 'content:encoded'));
    if (dropped.length > 0) notes.push(`post ${id} "${title}": left out ${dropped.join(', ')}`);
    const terms = childrenNamed(item, 'category');
    const section = terms.find((c) => c.attrs.domain === 'category')?.attrs.nicename;
    const date = gmt(textOf(item, 'wp:post_date_gmt'));
    const thumbnail = childrenNamed(item, 'wp:postmeta').find((m) => textOf(m, 'wp:meta_key') === '_thumbnail_id');
    const link = textOf(item, 'link');
    records.push({
      type: 'story',
      ref,
      kind: type === 'page' ? 'page' : 'story',
      slug: slugOf(textOf(item, 'wp:post_name'), title),
      status,
      headline: title.slice(0, 500),
      dek: documentToPlainText(htmlToDocument(textOf(item, 'excerpt:encoded')).doc).replace(/\s+/g, ' ').slice(0, 2000),
      body: doc,
      section: type === 'page' ? null : (sectionSlugs.get(section ?? '') ?? null),
      authors: [authorSlugs.get(textOf(item, 'dc:creator'))].filter((a): a is string => Boolean(a)),
      tags: terms.filter((c) => c.attrs.domain === 'post_tag').map((c) => slugOf(c.attrs.nicename ?? '', c.text)),
      hero: (thumbnail && attachments.get(textOf(thumbnail, 'wp:meta_value'))) || null,
      publishedAt: status === 'published' ? date : null,
      scheduledFor: status === 'scheduled' ? date : null,
      createdAt: date ?? gmt(textOf(item, 'wp:post_modified_gmt')),
      updatedAt: null,
      commentMode: textOf(item, 'wp:comment_status') === 'closed' ? 'closed' : 'open',
      legacyPaths: [...new Set([legacyPath(`/?${type === 'page' ? 'page_id' : 'p'}=${id}`), ...(link ? [legacyPath(link)] : [])].filter((p): p is string => p !== null))],
    });
    comments.push(...readComments(item, ref, commenters, notes));
  }
  for (const [label, n] of otherTypes) notes.push(`${n} ${label} item${n === 1 ? '' : 's'} left out (not a post or page to publish)`);
  return { source: `wordpress:${site}`, records: [...records, ...commenters.values(), ...comments], notes };
}

/** Approved comments, parents before replies; a guest with an email address becomes a reader without a password. */
function readComments(item: XmlElement, story: string, commenters: Map<string, RecordInput>, notes: string[]): RecordInput[] {
  const all = childrenNamed(item, 'wp:comment');
  const approved = all.filter((c) => textOf(c, 'wp:comment_approved') === '1' && ['', 'comment'].includes(textOf(c, 'wp:comment_type')));
  if (approved.length < all.length) notes.push(`${all.length - approved.length} unapproved, spam or trackback comments on ${story} left out`);
  const ids = new Set(approved.map((c) => textOf(c, 'wp:comment_id')));
  const out = approved.map((c) => {
    const email = textOf(c, 'wp:comment_author_email').toLowerCase();
    if (email && !commenters.has(email)) commenters.set(email, { type: 'user', ref: `commenter:${email}`, email, name: (textOf(c, 'wp:comment_author') || email.split('@')[0]!).slice(0, 200) });
    const parent = textOf(c, 'wp:comment_parent');
    return {
      type: 'comment' as const,
      ref: `comment:${textOf(c, 'wp:comment_id')}`,
      story,
      parent: parent !== '0' && ids.has(parent) ? `comment:${parent}` : null,
      author: email ? `commenter:${email}` : null,
      // Comments are plain text here; WordPress allowed a few tags in them, whose text is kept.
      body: documentToPlainText(htmlToDocument(textOf(c, 'wp:comment_content')).doc).slice(0, 20_000) || '(empty)',
      status: 'approved' as const,
      createdAt: gmt(textOf(c, 'wp:comment_date_gmt')) ?? new Date(0).toISOString(),
    };
  });
  // Parents first: WordPress lists comments by id, and a reply has a larger id than what it answers.
  return out.sort((a, b) => Number(a.ref.slice(8)) - Number(b.ref.slice(8)));
}

