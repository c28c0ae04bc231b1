import { z } from 'zod';

/**
 * The article body as data: a ProseMirror/Tiptap-shaped JSON document, so the newsroom editor stores what the
 * site renders. Only the node and mark types below exist; the renderer drops anything else.
 */

const hrefSchema = z.string().max(2048);

const markSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('bold') }),
  z.object({ type: z.literal('italic') }),
  z.object({ type: z.literal('link'), attrs: z.object({ href: hrefSchema }) }),
]);

const textSchema = z.object({
  type: z.literal('text'),
  text: z.string().min(1).max(20_000),
  marks: z.array(markSchema).max(8).optional(),
});
const hardBreakSchema = z.object({ type: z.literal('hardBreak') });
const inlineSchema = z.discriminatedUnion('type', [textSchema, hardBreakSchema]);
const inlineContent = z.array(inlineSchema).max(500).optional();

const paragraphSchema = z.object({ type: z.literal('paragraph'), content: inlineContent });
const headingSchema = z.object({
  type: z.literal('heading'),
  attrs: z.object({ level: z.union([z.literal(2), z.literal(3)]) }),
  content: inlineContent,
});
const blockquoteSchema = z.object({ type: z.literal('blockquote'), content: z.array(paragraphSchema).max(50) });
const pullQuoteSchema = z.object({
  type: z.literal('pullQuote'),
  attrs: z.object({ attribution: z.string().max(200).optional() }).optional(),
  content: inlineContent,
});
const listItemSchema = z.object({ type: z.literal('listItem'), content: z.array(paragraphSchema).min(1).max(20) });
const bulletListSchema = z.object({ type: z.literal('bulletList'), content: z.array(listItemSchema).max(200) });
const orderedListSchema = z.object({ type: z.literal('orderedList'), content: z.array(listItemSchema).max(200) });
const imageSchema = z.object({
  type: z.literal('image'),
  attrs: z.object({
    src: z.string().max(2048),
    alt: z.string().max(500),
    caption: z.string().max(1000).optional(),
    credit: z.string().max(200).optional(),
    width: z.number().int().positive().optional(),
    height: z.number().int().positive().optional(),
  }),
});
/** An inline "See what's next" card pointing at another story by slug. */
const relatedStorySchema = z.object({ type: z.literal('relatedStory'), attrs: z.object({ slug: z.string().max(200) }) });
const horizontalRuleSchema = z.object({ type: z.literal('horizontalRule') });

const blockSchema = z.discriminatedUnion('type', [
  paragraphSchema,
  headingSchema,
  blockquoteSchema,
  pullQuoteSchema,
  bulletListSchema,
  orderedListSchema,
  imageSchema,
  relatedStorySchema,
  horizontalRuleSchema,
]);

export const bodyDocumentSchema = z.object({ type: z.literal('doc'), content: z.array(blockSchema).max(2000) });

export type Mark = z.infer<typeof markSchema>;
export type InlineNode = z.infer<typeof inlineSchema>;
export type ParagraphNode = z.infer<typeof paragraphSchema>;
export type BlockNode = z.infer<typeof blockSchema>;
export type BodyDocument = z.infer<typeof bodyDocumentSchema>;

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * Returns the link target if it is safe to put in an href, else null. Relative site paths and http(s)/mailto
 * URLs pass; `javascript:`, `data:` and anything that only looks relative (`//evil`, `\\evil`) does not.
 */
export function safeHref(raw: string): string | null {
  // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:"), so strip them first.
  const href = raw.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (href.startsWith('/') && !href.startsWith('//') && !href.startsWith('/\\')) return href;
  if (href.startsWith('#')) return href;
  try {
    const url = new URL(href);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.toString() : null;
  } catch {
    return null;
  }
}

/** Image sources are limited to our own files: uploads and bundled images are served from this origin. */
export function safeImageSrc(raw: string): string | null {
  return raw.startsWith('/') && !raw.startsWith('//') && !raw.includes('\\') ? raw : null;
}

function inlineText(content: readonly InlineNode[] | undefined): string {
  return (content ?? []).map((n) => (n.type === 'text' ? n.text : ' ')).join('');
}

function blockText(node: BlockNode): string {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
    case 'pullQuote':
      return inlineText(node.content);
    case 'blockquote':
      return node.content.map(blockText).join('\n');
    case 'bulletList':
    case 'orderedList':
      return node.content.map((item) => item.content.map(blockText).join(' ')).join('\n');
    case 'image':
      return node.attrs.caption ?? '';
    default:
      return '';
  }
}

/** Plain text of a document: what search indexes and what descriptions are cut from. */
export function documentToPlainText(doc: BodyDocument): string {
  return doc.content
    .map(blockText)
    .filter((t) => t.length > 0)
    .join('\n\n');
}

/** Slugs of the stories the body links as inline related-story cards, in order, without repeats. */
export function relatedStorySlugs(doc: BodyDocument): string[] {
  const slugs = doc.content.flatMap((n) => (n.type === 'relatedStory' ? [n.attrs.slug] : []));
  return [...new Set(slugs)];
}

/** A description that fits meta tags and cards: whole words, at most `max` characters. */
export function excerpt(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${cut.slice(0, lastSpace > max / 2 ? lastSpace : cut.length)}…`;
}
