import type { BlockNode, BodyDocument, InlineNode, Mark, ParagraphNode } from '@/lib/articles/document';

/**
 * Turns the rich-text editor's JSON into the stored document shape (lib/articles/document.ts). The editor
 * carries attributes the site does not store (null widths, link targets, list starts) and, after a paste,
 * structures it does not render (a list inside a quote, a list inside a list item): those are flattened
 * into paragraphs so nothing typed or pasted is lost, and anything unknown is dropped.
 */
type Json = { type?: unknown; attrs?: Record<string, unknown>; content?: unknown; marks?: unknown; text?: unknown };

const nodes = (value: unknown): Json[] => (Array.isArray(value) ? value.filter((n): n is Json => typeof n === 'object' && n !== null) : []);
const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined);

function marksOf(value: unknown): Mark[] | undefined {
  const marks = nodes(value).flatMap((m): Mark[] => {
    if (m.type === 'bold' || m.type === 'italic') return [{ type: m.type }];
    const href = str(m.attrs?.href);
    return m.type === 'link' && href ? [{ type: 'link', attrs: { href } }] : [];
  });
  return marks.length > 0 ? marks : undefined;
}

function inline(value: unknown): InlineNode[] | undefined {
  const out = nodes(value).flatMap((n): InlineNode[] => {
    if (n.type === 'hardBreak') return [{ type: 'hardBreak' }];
    const text = str(n.text);
    if (n.type !== 'text' || !text) return [];
    const marks = marksOf(n.marks);
    return [{ type: 'text', text, ...(marks && { marks }) }];
  });
  return out.length > 0 ? out : undefined;
}

const paragraph = (content: InlineNode[] | undefined): ParagraphNode => (content ? { type: 'paragraph', content } : { type: 'paragraph' });

/** Any block, reduced to the paragraphs it contains (for places that only hold paragraphs). */
function paragraphsIn(node: Json): ParagraphNode[] {
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'pullQuote') return [paragraph(inline(node.content))];
  return nodes(node.content).flatMap(paragraphsIn);
}

function block(node: Json): BlockNode[] {
  switch (node.type) {
    case 'paragraph':
      return [paragraph(inline(node.content))];
    case 'heading': {
      const content = inline(node.content);
      return [{ type: 'heading', attrs: { level: node.attrs?.level === 3 ? 3 : 2 }, ...(content && { content }) }];
    }
    case 'blockquote':
      return [{ type: 'blockquote', content: nodes(node.content).flatMap(paragraphsIn) }];
    case 'pullQuote': {
      const content = inline(node.content);
      const attribution = str(node.attrs?.attribution);
      return [{ type: 'pullQuote', ...(attribution && { attrs: { attribution } }), ...(content && { content }) }];
    }
    case 'bulletList':
    case 'orderedList': {
      const items = nodes(node.content).map((item) => {
        const content = paragraphsIn(item);
        return { type: 'listItem' as const, content: content.length > 0 ? content : [paragraph(undefined)] };
      });
      return [{ type: node.type, content: items }];
    }
    case 'image': {
      const src = str(node.attrs?.src);
      if (!src) return [];
      const { alt, caption, credit, width, height } = node.attrs ?? {};
      return [
        {
          type: 'image',
          attrs: {
            src,
            alt: typeof alt === 'string' ? alt : '',
            ...(str(caption) && { caption: str(caption) }),
            ...(str(credit) && { credit: str(credit) }),
            ...(num(width) && { width: num(width) }),
            ...(num(height) && { height: num(height) }),
          },
        },
      ];
    }
    case 'relatedStory': {
      const slug = str(node.attrs?.slug);
      return slug ? [{ type: 'relatedStory', attrs: { slug } }] : [];
    }
    case 'horizontalRule':
      return [{ type: 'horizontalRule' }];
    default:
      // Unknown containers keep their text as paragraphs; unknown leaves disappear.
      return paragraphsIn(node);
  }
}

export function fromEditorJson(json: unknown): BodyDocument {
  const root = (typeof json === 'object' && json !== null ? json : {}) as Json;
  return { type: 'doc', content: nodes(root.content).flatMap(block) };
}

/** Word-processor and web-page HTML, reduced to what the editor's schema can hold before it parses it. */
export function cleanPastedHtml(html: string): string {
  return html
    .replace(/<(script|style|iframe|object|embed|noscript|template)[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<img\b[^>]*>/gi, '') // images are uploaded, never hot-linked from wherever they were copied
    .replace(/<(\/?)h1\b/gi, '<$1h2')
    .replace(/<(\/?)h[4-6]\b/gi, '<$1h3');
}
