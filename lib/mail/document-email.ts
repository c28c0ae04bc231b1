import { safeHref, safeImageSrc, type BlockNode, type BodyDocument, type InlineNode } from '@/lib/articles/document';

/**
 * A body document (a story's, a newsletter intro's) as email: HTML with its styles inline (mail programs drop
 * style sheets and never run scripts) and the plain text beside it. The same node types as the site's
 * renderer; text is escaped, links and images pass the site's own checks and become absolute addresses.
 */

export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const FONT = "font-family:Georgia,'Times New Roman',serif";
const P = `margin:0 0 16px;font-size:17px;line-height:1.55;${FONT}`;
const H2 = `margin:24px 0 12px;font-size:21px;line-height:1.3;${FONT}`;
const H3 = `margin:20px 0 10px;font-size:18px;line-height:1.3;${FONT}`;
const QUOTE = `margin:0 0 16px;padding:0 0 0 14px;border-left:3px solid #999;color:#333;${FONT}`;

/** A site path (`/uploads/x.jpg`) becomes an address on `base`; http(s) and mailto addresses stay as they are. */
const absolute = (href: string, base: string) => (href.startsWith('/') ? `${base}${href}` : href);

function inlineHtml(nodes: readonly InlineNode[] | undefined, base: string): string {
  return (nodes ?? [])
    .map((n) => {
      if (n.type === 'hardBreak') return '<br>';
      let html = escapeHtml(n.text);
      for (const mark of n.marks ?? []) {
        if (mark.type === 'bold') html = `<strong>${html}</strong>`;
        else if (mark.type === 'italic') html = `<em>${html}</em>`;
        else {
          const href = safeHref(mark.attrs.href);
          if (href && !href.startsWith('#')) html = `<a href="${escapeHtml(absolute(href, base))}" style="color:#0b4f8a">${html}</a>`;
        }
      }
      return html;
    })
    .join('');
}

function blockHtml(node: BlockNode, base: string): string {
  switch (node.type) {
    case 'paragraph':
      return `<p style="${P}">${inlineHtml(node.content, base)}</p>`;
    case 'heading':
      return node.attrs.level === 2 ? `<h2 style="${H2}">${inlineHtml(node.content, base)}</h2>` : `<h3 style="${H3}">${inlineHtml(node.content, base)}</h3>`;
    case 'blockquote':
      return `<blockquote style="${QUOTE}">${node.content.map((p) => blockHtml(p, base)).join('')}</blockquote>`;
    case 'pullQuote': {
      const by = node.attrs?.attribution ? `<br><span style="font-size:15px;color:#555">— ${escapeHtml(node.attrs.attribution)}</span>` : '';
      return `<blockquote style="${QUOTE};font-size:20px;font-style:italic">${inlineHtml(node.content, base)}${by}</blockquote>`;
    }
    case 'bulletList':
    case 'orderedList': {
      const tag = node.type === 'bulletList' ? 'ul' : 'ol';
      const items = node.content.map((item) => `<li style="margin:0 0 6px">${item.content.map((p) => inlineHtml(p.content, base)).join('<br>')}</li>`).join('');
      return `<${tag} style="margin:0 0 16px;padding-left:24px;font-size:17px;line-height:1.55;${FONT}">${items}</${tag}>`;
    }
    case 'image': {
      const src = safeImageSrc(node.attrs.src);
      if (!src) return '';
      const caption = [node.attrs.caption, node.attrs.credit].filter(Boolean).join(' ');
      return `<img src="${escapeHtml(absolute(src, base))}" alt="${escapeHtml(node.attrs.alt)}" width="560" style="display:block;width:100%;max-width:560px;height:auto;margin:0 0 6px;border:0">${caption ? `<p style="margin:0 0 16px;font-size:13px;color:#555;font-family:Arial,sans-serif">${escapeHtml(caption)}</p>` : ''}`;
    }
    case 'horizontalRule':
      return '<hr style="border:0;border-top:1px solid #ccc;margin:24px 0">';
    default:
      // An inline related-story card needs the site's lookup; the email carries its own list of stories.
      return '';
  }
}

export function documentToEmailHtml(doc: BodyDocument, base: string): string {
  return doc.content.map((n) => blockHtml(n, base)).join('\n');
}

function inlineText(nodes: readonly InlineNode[] | undefined, base: string): string {
  return (nodes ?? [])
    .map((n) => {
      if (n.type === 'hardBreak') return '\n';
      const link = n.marks?.find((m) => m.type === 'link');
      const href = link?.type === 'link' ? safeHref(link.attrs.href) : null;
      return href && !href.startsWith('#') && href !== n.text ? `${n.text} (${absolute(href, base)})` : n.text;
    })
    .join('');
}

function blockText(node: BlockNode, base: string): string {
  switch (node.type) {
    case 'paragraph':
      return inlineText(node.content, base);
    case 'heading':
      return inlineText(node.content, base).toUpperCase();
    case 'blockquote':
      return node.content.map((p) => `> ${inlineText(p.content, base)}`).join('\n');
    case 'pullQuote':
      return `> ${inlineText(node.content, base)}${node.attrs?.attribution ? ` — ${node.attrs.attribution}` : ''}`;
    case 'bulletList':
    case 'orderedList':
      return node.content.map((item, i) => `${node.type === 'bulletList' ? '-' : `${i + 1}.`} ${item.content.map((p) => inlineText(p.content, base)).join(' ')}`).join('\n');
    case 'image':
      return [node.attrs.caption, node.attrs.credit].filter(Boolean).join(' ');
    case 'horizontalRule':
      return '---';
    default:
      return '';
  }
}

export function documentToEmailText(doc: BodyDocument, base: string): string {
  return doc.content
    .map((n) => blockText(n, base))
    .filter((t) => t.length > 0)
    .join('\n\n');
}
