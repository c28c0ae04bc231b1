import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { safeHref, type BlockNode, type BodyDocument, type InlineNode, type Mark, type ParagraphNode } from '@/lib/articles/document';

/**
 * Another system's HTML as our body document. Only structure we have a node for survives: paragraphs, h2/h3
 * (h1 becomes h2, h4–h6 h3), blockquotes, lists, links (safe ones), bold and italic, images, rules. Any other
 * element is unwrapped and its text kept; scripts, styles and embeds are dropped whole and named in `dropped`
 * (never stored as markup: the document has no node that could hold them). Image sources stay as written, for
 * the importer to bring in or leave out (lib/transfer/import/images.ts).
 */
export type Converted = { doc: BodyDocument; dropped: string[] };

const DROPPED = new Set(['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template', 'svg', 'math', 'form', 'input', 'button', 'select', 'textarea', 'video', 'audio', 'canvas', 'head', 'title', 'meta', 'link']);
const HEADINGS: Record<string, 2 | 3> = { h1: 2, h2: 2, h3: 3, h4: 3, h5: 3, h6: 3 };
const MAX_TEXT = 20_000;

type Context = { dropped: Set<string> };

const isElement = (node: ChildNode): node is Element => node.type === 'tag' || node.type === 'script' || node.type === 'style';

function text(value: string, marks: Mark[]): InlineNode[] {
  const out: InlineNode[] = [];
  for (let i = 0; i < value.length; i += MAX_TEXT) {
    const chunk = value.slice(i, i + MAX_TEXT);
    out.push(marks.length > 0 ? { type: 'text', text: chunk, marks: [...marks] } : { type: 'text', text: chunk });
  }
  return out;
}

/** Inline content of `nodes`, whitespace collapsed as a browser would. */
function inlines(nodes: ChildNode[], marks: Mark[], ctx: Context): InlineNode[] {
  const out: InlineNode[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      out.push(...text(node.data.replace(/\s+/g, ' '), marks));
      continue;
    }
    if (!isElement(node)) continue;
    const tag = node.name.toLowerCase();
    if (DROPPED.has(tag)) {
      ctx.dropped.add(`<${tag}>`);
      continue;
    }
    if (tag === 'br') out.push({ type: 'hardBreak' });
    else if (tag === 'strong' || tag === 'b') out.push(...inlines(node.children, withMark(marks, { type: 'bold' }), ctx));
    else if (tag === 'em' || tag === 'i') out.push(...inlines(node.children, withMark(marks, { type: 'italic' }), ctx));
    else if (tag === 'a') {
      const href = safeHref(node.attribs.href ?? '');
      out.push(...inlines(node.children, href ? withMark(marks, { type: 'link', attrs: { href } }) : marks, ctx));
    } else if (tag !== 'img') out.push(...inlines(node.children, marks, ctx));
  }
  return out;
}

function withMark(marks: Mark[], mark: Mark): Mark[] {
  return marks.some((m) => m.type === mark.type) ? marks : [...marks, mark];
}

/** Trims the edges of a run of inline nodes; null when nothing but whitespace is left. */
function paragraph(content: InlineNode[]): ParagraphNode | null {
  const nodes = content.filter((n) => n.type !== 'text' || n.text.length > 0);
  while (nodes[0]?.type === 'hardBreak') nodes.shift();
  while (nodes.at(-1)?.type === 'hardBreak') nodes.pop();
  const first = nodes[0];
  if (first?.type === 'text') nodes[0] = { ...first, text: first.text.trimStart() };
  const last = nodes.at(-1);
  if (last?.type === 'text') nodes[nodes.length - 1] = { ...last, text: last.text.trimEnd() };
  const kept = nodes.filter((n) => n.type !== 'text' || n.text.length > 0);
  return kept.some((n) => n.type === 'text') ? { type: 'paragraph', content: kept.slice(0, 500) } : null;
}

function image(node: Element, caption = ''): BlockNode | null {
  const src = node.attribs.src?.trim();
  if (!src) return null;
  const width = Number(node.attribs.width);
  const height = Number(node.attribs.height);
  return {
    type: 'image',
    attrs: {
      src: src.slice(0, 2048),
      alt: (node.attribs.alt ?? '').slice(0, 500),
      ...(caption && { caption: caption.slice(0, 1000) }),
      ...(Number.isInteger(width) && width > 0 && Number.isInteger(height) && height > 0 && { width, height }),
    },
  };
}

const findAll = (nodes: ChildNode[], tag: string): Element[] =>
  nodes.flatMap((n) => (isElement(n) ? (n.name.toLowerCase() === tag ? [n] : findAll(n.children, tag)) : []));
const textOf = (nodes: ChildNode[]): string => nodes.map((n) => (n.type === 'text' ? n.data : isElement(n) ? textOf(n.children) : '')).join('').replace(/\s+/g, ' ').trim();

/** Blocks of `nodes`; loose text and inline elements between blocks become paragraphs (split at blank lines, as WordPress's autop does). */
function blocks(nodes: ChildNode[], ctx: Context): BlockNode[] {
  const out: BlockNode[] = [];
  let loose: ChildNode[] = [];
  const flushLoose = () => {
    // A blank line in loose text starts a new paragraph; a single newline is a line break.
    let run: InlineNode[] = [];
    const endParagraph = () => {
      const p = paragraph(run);
      if (p) out.push(p);
      run = [];
    };
    for (const node of loose) {
      if (node.type === 'text') {
        const parts = node.data.split(/\n[ \t]*\n/);
        parts.forEach((part, i) => {
          if (i > 0) endParagraph();
          const lines = part.split('\n');
          lines.forEach((line, j) => {
            if (j > 0 && line.trim() !== '' && run.length > 0) run.push({ type: 'hardBreak' });
            run.push(...text(line.replace(/\s+/g, ' '), []));
          });
        });
      } else run.push(...inlines([node], [], ctx));
    }
    endParagraph();
    loose = [];
  };

  for (const node of nodes) {
    if (!isElement(node)) {
      if (node.type === 'text') loose.push(node);
      continue;
    }
    const tag = node.name.toLowerCase();
    if (DROPPED.has(tag)) {
      ctx.dropped.add(`<${tag}>`);
      continue;
    }
    const block = blockOf(node, tag, ctx);
    if (block === 'inline') {
      loose.push(node);
      continue;
    }
    flushLoose();
    out.push(...block);
  }
  flushLoose();
  return out;
}

function blockOf(node: Element, tag: string, ctx: Context): BlockNode[] | 'inline' {
  if (tag === 'p') {
    // A paragraph holding only an image (WordPress's classic editor) is the image.
    const images = findAll(node.children, 'img');
    const rest = paragraph(inlines(node.children, [], ctx));
    return [...images.map((img) => image(img)).filter((b): b is BlockNode => b !== null), ...(rest ? [rest] : [])];
  }
  if (tag in HEADINGS) {
    const content = paragraph(inlines(node.children, [], ctx))?.content;
    return content ? [{ type: 'heading', attrs: { level: HEADINGS[tag]! }, content }] : [];
  }
  if (tag === 'blockquote') {
    const inner = blocks(node.children, ctx).flatMap((b) => (b.type === 'paragraph' ? [b] : b.type === 'heading' ? [{ type: 'paragraph' as const, content: b.content }] : []));
    return inner.length > 0 ? [{ type: 'blockquote', content: inner.slice(0, 50) }] : [];
  }
  if (tag === 'ul' || tag === 'ol') {
    const items = node.children
      .filter((c): c is Element => isElement(c) && c.name.toLowerCase() === 'li')
      .map((li) => blocks(li.children, ctx).flatMap((b) => (b.type === 'paragraph' ? [b] : [])))
      .filter((paragraphs) => paragraphs.length > 0)
      .map((paragraphs) => ({ type: 'listItem' as const, content: paragraphs.slice(0, 20) }));
    return items.length > 0 ? [{ type: tag === 'ul' ? 'bulletList' : 'orderedList', content: items.slice(0, 200) }] : [];
  }
  if (tag === 'figure') {
    const caption = textOf(findAll(node.children, 'figcaption').flatMap((f) => f.children));
    const images = findAll(node.children, 'img');
    if (images.length > 0) return images.map((img, i) => image(img, i === 0 ? caption : '')).filter((b): b is BlockNode => b !== null);
    return blocks(node.children.filter((c) => !(isElement(c) && c.name.toLowerCase() === 'figcaption')), ctx);
  }
  if (tag === 'img') return [image(node)].filter((b): b is BlockNode => b !== null);
  if (tag === 'hr') return [{ type: 'horizontalRule' }];
  if (['div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'body', 'html', 'center', 'table', 'tbody', 'thead', 'tr', 'td', 'th', 'dl', 'dd', 'dt', 'pre', 'details', 'summary', 'nav'].includes(tag)) {
    return blocks(node.children, ctx);
  }
  return 'inline';
}

export function htmlToDocument(html: string): Converted {
  const ctx: Context = { dropped: new Set() };
  // htmlparser2 builds a tree and nothing else: no script runs, no URL is fetched, no entity is expanded beyond HTML's own.
  const dom = parseDocument(html, { decodeEntities: true });
  const content = blocks(dom.children, ctx).slice(0, 2000);
  return { doc: { type: 'doc', content }, dropped: [...ctx.dropped] };
}
