import { escapeHtml } from './document-email';

/**
 * Every email the site sends has one look: a heading, paragraphs, an optional quoted passage and button, and
 * a footer in small print. Everything passed in is text: it is escaped into the HTML part, never trusted as
 * markup, and the plain-text part says the same.
 */
export type EmailContent = {
  heading: string;
  paragraphs: string[];
  /** Passages quoted from readers (a reply, a reported comment), each with who wrote it and where it is. */
  quotes?: { by: string; text: string; url?: string }[];
  button?: { label: string; url: string };
  footer?: string[];
  /** Footer links (unsubscribe, account settings): label and address. */
  links?: { label: string; url: string }[];
};


/** Line breaks would end a header and start another (header injection): subjects and names stay on one line. */
export const oneLine = (s: string) => s.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();

export function composeEmail(content: EmailContent): { text: string; html: string } {
  const text = [
    content.heading,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...(content.quotes ?? []).flatMap((q) => [`${q.by}:`, ...q.text.split('\n').map((l) => `> ${l}`), ...(q.url ? [q.url] : []), '']),
    ...(content.button ? [`${content.button.label}: ${content.button.url}`, ''] : []),
    ...(content.footer ?? []),
    ...(content.links ?? []).map((l) => `${l.label}: ${l.url}`),
  ].join('\n');

  const paragraph = (p: string) => `<p>${escapeHtml(p)}</p>`;
  const quote = (q: NonNullable<EmailContent['quotes']>[number]) =>
    `<p style="margin-bottom:.25rem;color:#555">${escapeHtml(q.by)}:</p><blockquote style="margin:0 0 .5rem;padding-left:1rem;border-left:3px solid #ccc;white-space:pre-wrap">${escapeHtml(q.text)}</blockquote>` +
    (q.url ? `<p style="margin-top:0"><a href="${escapeHtml(q.url)}">Read it in the thread</a></p>` : '');
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:0 auto;padding:1.5rem;color:#111">
<h1 style="font-size:1.25rem">${escapeHtml(content.heading)}</h1>
${content.paragraphs.map(paragraph).join('\n')}
${(content.quotes ?? []).map(quote).join('\n')}
${
  content.button
    ? `<p><a href="${escapeHtml(content.button.url)}" style="display:inline-block;padding:.6rem 1rem;background:#111;color:#fff;border-radius:4px;text-decoration:none">${escapeHtml(content.button.label)}</a></p>`
    : ''
}
<div style="color:#555;font-size:.85rem;margin-top:2rem">
${(content.footer ?? []).map(paragraph).join('\n')}
${(content.links ?? []).map((l) => `<p><a href="${escapeHtml(l.url)}" style="color:#555">${escapeHtml(l.label)}</a></p>`).join('\n')}
</div>
</body></html>`;
  return { text, html };
}
