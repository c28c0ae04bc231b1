import { describe, expect, it } from 'vitest';
import { bodyDocumentSchema, documentToPlainText, excerpt, relatedStorySlugs, safeHref, safeImageSrc } from '@/lib/articles/document';

describe('safeHref', () => {
  it.each([
    ['/world/story', '/world/story'],
    ['#comments', '#comments'],
    ['https://example.org/x', 'https://example.org/x'],
    ['mailto:desk@example.org', 'mailto:desk@example.org'],
  ])('allows %s', (href, expected) => expect(safeHref(href)).toBe(expected));
  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>', '//evil.example', '/\\evil.example', 'vbscript:x'])(
    'refuses %j',
    (href) => expect(safeHref(href)).toBeNull(),
  );
});

describe('safeImageSrc', () => {
  it('allows our own paths only', () => {
    expect(safeImageSrc('/demo/heroes/world-1.webp')).toBe('/demo/heroes/world-1.webp');
    expect(safeImageSrc('https://evil.example/x.png')).toBeNull();
    expect(safeImageSrc('//evil.example/x.png')).toBeNull();
    expect(safeImageSrc('javascript:alert(1)')).toBeNull();
  });
});

describe('document helpers', () => {
  const doc = bodyDocumentSchema.parse({
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Subhead' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'First ' }, { type: 'text', text: 'bold', marks: [{ type: 'bold' }] }] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Item' }] }] }] },
      { type: 'relatedStory', attrs: { slug: 'other-story' } },
      { type: 'relatedStory', attrs: { slug: 'other-story' } },
    ],
  });
  it('extracts plain text in reading order', () => expect(documentToPlainText(doc)).toBe('Subhead\n\nFirst bold\n\nItem'));
  it('lists inline related-story slugs once', () => expect(relatedStorySlugs(doc)).toEqual(['other-story']));
  it('rejects unknown node types', () => {
    expect(bodyDocumentSchema.safeParse({ type: 'doc', content: [{ type: 'iframe', attrs: { src: 'x' } }] }).success).toBe(false);
  });
  it('cuts excerpts at a word boundary', () => expect(excerpt('one two three four', 12)).toBe('one two…'));
});
