export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; href: string; text: string } | { kind: 'break' };

// http(s) URLs up to whitespace or a closing bracket/quote; trailing punctuation is left out of the link.
const URL_PATTERN = /https?:\/\/[^\s<>"'()[\]{}]+/gi;
const TRAILING = /[.,;:!?]+$/;

/**
 * Splits comment text into text, links and line breaks. It never produces markup: the caller renders text parts
 * as text, so `<script>` shows as characters. Only http(s) URLs become links.
 */
export function formatCommentText(body: string): TextPart[] {
  const parts: TextPart[] = [];
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((line, i) => {
    if (i > 0) parts.push({ kind: 'break' });
    let last = 0;
    for (const match of line.matchAll(URL_PATTERN)) {
      const raw = match[0];
      const url = raw.replace(TRAILING, '');
      const start = match.index ?? 0;
      if (start > last) parts.push({ kind: 'text', text: line.slice(last, start) });
      parts.push({ kind: 'link', href: url, text: url });
      last = start + url.length;
    }
    if (last < line.length) parts.push({ kind: 'text', text: line.slice(last) });
  });
  return parts;
}
