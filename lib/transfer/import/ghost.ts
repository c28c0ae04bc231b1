import { documentToPlainText } from '@/lib/articles/document';
import { slugify } from '@/lib/articles/slug';
import type { RecordInput } from '../records';
import { htmlToDocument } from './html-to-document';
import { ImportFileError } from './xml-tree';
import type { SourceRead } from './sources';

type Row = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const isoOf = (v: unknown) => {
  const t = typeof v === 'string' || typeof v === 'number' ? new Date(v) : null;
  return t && !Number.isNaN(t.getTime()) ? t.toISOString() : null;
};
/** Ghost writes its own address as `__GHOST_URL__` in stored bodies. */
const unghost = (url: string) => url.replace(/__GHOST_URL__/g, '');

/** Lexical (Ghost 5's editor) as HTML: the one converter (html-to-document.ts) then keeps what we can show. */
function lexicalHtml(node: Row): string {
  const kids = () => (Array.isArray(node.children) ? (node.children as Row[]).map(lexicalHtml).join('') : '');
  switch (node.type) {
    case 'root':
      return kids();
    case 'text': {
      const format = Number(node.format ?? 0);
      let html = esc(str(node.text));
      if (format & 1) html = `<strong>${html}</strong>`;
      if (format & 2) html = `<em>${html}</em>`;
      return html;
    }
    case 'linebreak':
      return '<br>';
    case 'link':
      return `<a href="${esc(unghost(str(node.url)))}">${kids()}</a>`;
    case 'heading': {
      const tag = /^h[1-6]$/.test(str(node.tag)) ? str(node.tag) : 'h2';
      return `<${tag}>${kids()}</${tag}>`;
    }
    case 'quote':
    case 'aside':
      return `<blockquote><p>${kids()}</p></blockquote>`;
    case 'list': {
      const tag = node.listType === 'number' ? 'ol' : 'ul';
      return `<${tag}>${kids()}</${tag}>`;
    }
    case 'listitem':
      return `<li>${kids()}</li>`;
    case 'image':
      return `<figure><img src="${esc(unghost(str(node.src)))}" alt="${esc(str(node.altText ?? node.alt))}"><figcaption>${str(node.caption)}</figcaption></figure>`;
    case 'horizontalrule':
      return '<hr>';
    case 'html':
      return str(node.html);
    case 'paragraph':
    default:
      return `<p>${kids()}</p>`;
  }
}

type Mobiledoc = { markups?: [string, string[]?][]; cards?: [string, Row][]; sections?: unknown[][] };

/** Mobiledoc (Ghost 1–4) as HTML, likewise. */
function mobiledocHtml(doc: Mobiledoc): string {
  const markups = doc.markups ?? [];
  const markers = (list: unknown[]) => {
    let html = '';
    const open: string[] = [];
    for (const m of list as [number, number[], number, string][]) {
      for (const i of m[1] ?? []) {
        const [tag, attrs = []] = markups[i] ?? ['span'];
        const href = attrs[0] === 'href' ? ` href="${esc(unghost(String(attrs[1] ?? '')))}"` : '';
        html += `<${tag}${href}>`;
        open.push(tag);
      }
      if (m[0] === 0) html += esc(String(m[3] ?? ''));
      for (let n = 0; n < m[2]; n++) html += `</${open.pop()}>`;
    }
    return html;
  };
  return (doc.sections ?? [])
    .map((section) => {
      const [kind, a, b] = section as [number, unknown, unknown];
      if (kind === 1) return `<${String(a)}>${markers(b as unknown[])}</${String(a)}>`;
      if (kind === 3) return `<${String(a)}>${(b as unknown[][]).map((item) => `<li>${markers(item)}</li>`).join('')}</${String(a)}>`;
      if (kind === 10) {
        const [name, payload = {}] = doc.cards?.[Number(a)] ?? ['', {}];
        if (name === 'image') return `<figure><img src="${esc(unghost(str(payload.src)))}" alt="${esc(str(payload.alt))}"><figcaption>${str(payload.caption)}</figcaption></figure>`;
        if (name === 'html') return str(payload.html);
        if (name === 'hr') return '<hr>';
        if (name === 'markdown') return `<p>${esc(str(payload.markdown))}</p>`;
      }
      return '';
    })
    .join('');
}

function bodyHtml(post: Row): string {
  try {
    if (str(post.lexical)) return lexicalHtml((JSON.parse(str(post.lexical)) as { root: Row }).root);
    if (str(post.mobiledoc)) return mobiledocHtml(JSON.parse(str(post.mobiledoc)) as Mobiledoc);
  } catch {
    // a damaged editor document: Ghost also exports the rendered HTML
  }
  return str(post.html);
}

/** A join table (posts_tags, posts_authors) as post id → the rows it joins to, by `sort_order`, kept if `keep` says so. */
function joinedByPost(join: Row[], key: string, targets: Map<string, Row>, keep: (row: Row) => boolean): Map<string, Row[]> {
  const byPost = new Map<string, Row[]>();
  const ordered = [...join].sort((a, b) => Number(a.sort_order ?? 0) - Number(b.sort_order ?? 0));
  for (const link of ordered) {
    const target = targets.get(str(link[key]));
    if (!target || !keep(target)) continue;
    const list = byPost.get(str(link.post_id)) ?? [];
    list.push(target);
    byPost.set(str(link.post_id), list);
  }
  return byPost;
}

const STATUS: Record<string, 'published' | 'draft' | 'scheduled'> = { published: 'published', draft: 'draft', scheduled: 'scheduled', sent: 'published' };

/**
 * A Ghost export (Settings → Labs → Export content) as records: staff users and their profiles, tags (a post's
 * primary tag, its first, is its section; internal `#tags` are left out), posts and pages, and Ghost's native
 * comments when the file has them (members become readers without passwords).
 */
export function readGhost(json: string): SourceRead {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (err) {
    throw new ImportFileError(`The file is not valid JSON (${(err as Error).message}): is it cut short?`);
  }
  const db = (parsed as { db?: { data?: Record<string, Row[]>; meta?: Row }[] })?.db?.[0];
  const data = db?.data;
  if (!data || !Array.isArray(data.posts)) throw new ImportFileError('This is not a Ghost export: it has no db[0].data.posts.');
  const rows = (name: string) => (Array.isArray(data[name]) ? data[name] : []);
  const records: RecordInput[] = [];
  const notes: string[] = [];

  const users = new Map(rows('users').map((u) => [str(u.id), u]));
  for (const u of users.values()) {
    const slug = slugify(str(u.slug) || str(u.name)) || 'author';
    if (str(u.email)) records.push({ type: 'user', ref: `user:${str(u.id)}`, email: str(u.email), name: str(u.name) || slug, role: 'author' });
    records.push({ type: 'author', slug, displayName: str(u.name) || slug, shortBio: str(u.bio).slice(0, 1000), user: str(u.email) ? `user:${str(u.id)}` : null, links: str(u.website) ? [{ label: 'Website', url: str(u.website) }] : [] });
  }
  const tags = new Map(rows('tags').map((t) => [str(t.id), t]));
  const internal = (t: Row | undefined) => !t || str(t.name).startsWith('#') || str(t.visibility) === 'internal';
  const tagSlug = (t: Row) => slugify(str(t.slug) || str(t.name)) || 'tag';
  // Each post's visible tags and its authors, in Ghost's order, from the join tables read once.
  const postTags = joinedByPost(rows('posts_tags'), 'tag_id', tags, (t) => !internal(t));
  const postAuthors = joinedByPost(rows('posts_authors'), 'author_id', users, () => true);
  const primaryIds = new Set([...postTags.values()].flatMap((list) => (list[0] ? [str(list[0].id)] : [])));
  for (const t of tags.values()) {
    if (internal(t)) continue;
    // The primary tag of any post is a section; every tag is also a tag, so its tag page keeps working.
    if (primaryIds.has(str(t.id))) records.push({ type: 'section', slug: tagSlug(t), name: str(t.name) || tagSlug(t), description: str(t.description).slice(0, 2000) });
    records.push({ type: 'tag', slug: tagSlug(t), name: str(t.name) || tagSlug(t) });
  }

  for (const post of rows('posts')) {
    const id = str(post.id);
    const status = STATUS[str(post.status)];
    if (!status) {
      notes.push(`post ${id} "${str(post.title)}" left out: status ${str(post.status)}`);
      continue;
    }
    const { doc, dropped } = htmlToDocument(bodyHtml(post));
    if (dropped.length > 0) notes.push(`post ${id} "${str(post.title)}": left out ${dropped.join(', ')}`);
    const ptags = postTags.get(id) ?? [];
    const authors = (postAuthors.get(id) ?? []).map((u) => slugify(str(u.slug) || str(u.name)) || 'author');
    const title = str(post.title) || '(untitled)';
    records.push({
      type: 'story',
      ref: `post:${id}`,
      kind: str(post.type) === 'page' ? 'page' : 'story',
      slug: slugify(str(post.slug)) || slugify(title) || 'untitled',
      status,
      headline: title.slice(0, 500),
      dek: (str(post.custom_excerpt) || '').slice(0, 2000),
      body: doc,
      section: str(post.type) === 'page' ? null : ptags[0] ? tagSlug(ptags[0]) : null,
      authors,
      tags: ptags.map(tagSlug),
      hero: str(post.feature_image) ? unghost(str(post.feature_image)) : null,
      publishedAt: status === 'published' ? isoOf(post.published_at) : null,
      scheduledFor: status === 'scheduled' ? isoOf(post.published_at) : null,
      createdAt: isoOf(post.created_at),
      updatedAt: null,
    });
  }

  // Native comments (Ghost 5): members write them.
  const members = new Map(rows('members').map((m) => [str(m.id), m]));
  const comments = rows('comments').filter((c) => str(c.status) === 'published');
  const commenters = new Set<string>();
  for (const c of comments) {
    const m = members.get(str(c.member_id));
    if (m && str(m.email) && !commenters.has(str(m.id))) {
      commenters.add(str(m.id));
      records.push({ type: 'user', ref: `member:${str(m.id)}`, email: str(m.email), name: str(m.name) || str(m.email).split('@')[0]! });
    }
  }
  const known = new Set(comments.map((c) => str(c.id)));
  const byTime = [...comments].sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)));
  for (const c of byTime) {
    const m = members.get(str(c.member_id));
    records.push({
      type: 'comment',
      ref: `comment:${str(c.id)}`,
      story: `post:${str(c.post_id)}`,
      parent: str(c.parent_id) && known.has(str(c.parent_id)) ? `comment:${str(c.parent_id)}` : null,
      author: m && str(m.email) ? `member:${str(m.id)}` : null,
      body: documentToPlainText(htmlToDocument(str(c.html)).doc).slice(0, 20_000) || '(empty)',
      status: 'approved',
      createdAt: isoOf(c.created_at) ?? new Date(0).toISOString(),
    });
  }
  const site = str(rows('settings').find((s) => s.key === 'title')?.value) || 'ghost';
  return { source: `ghost:${site}`, records, notes };
}
