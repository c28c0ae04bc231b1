import { describe, expect, it } from 'vitest';
import { bodyDocumentSchema } from '@/lib/articles/document';
import { cleanPastedHtml, fromEditorJson } from '@/lib/newsroom/editor-document';

describe('fromEditorJson', () => {
  it('keeps what the site renders and drops the editor’s extra attributes', () => {
    const doc = fromEditorJson({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2, id: null }, content: [{ type: 'text', text: 'Subhead' }] },
        {
          type: 'paragraph',
          attrs: { textAlign: null },
          content: [
            { type: 'text', text: 'Bold link', marks: [{ type: 'bold' }, { type: 'link', attrs: { href: 'https://example.org', target: '_blank', rel: 'noopener', class: null } }, { type: 'strike' }] },
            { type: 'hardBreak' },
          ],
        },
        { type: 'orderedList', attrs: { start: 1, type: null }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'One' }] }] }] },
        { type: 'image', attrs: { src: '/uploads/media/abc-960.webp', alt: 'A ferry', title: null, width: 960, height: null, caption: 'At dawn', credit: '' } },
        { type: 'relatedStory', attrs: { slug: 'other-story', headline: 'Shown in the editor only' } },
        { type: 'pullQuote', attrs: { attribution: null }, content: [{ type: 'text', text: 'Quote' }] },
        { type: 'paragraph' },
      ],
    });
    expect(doc).toEqual({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Subhead' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Bold link', marks: [{ type: 'bold' }, { type: 'link', attrs: { href: 'https://example.org' } }] }, { type: 'hardBreak' }] },
        { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'One' }] }] }] },
        { type: 'image', attrs: { src: '/uploads/media/abc-960.webp', alt: 'A ferry', caption: 'At dawn', width: 960 } },
        { type: 'relatedStory', attrs: { slug: 'other-story' } },
        { type: 'pullQuote', content: [{ type: 'text', text: 'Quote' }] },
        { type: 'paragraph' },
      ],
    });
    expect(bodyDocumentSchema.safeParse(doc).success).toBe(true);
  });

  it('flattens pasted structures the site does not nest, keeping their words', () => {
    const doc = fromEditorJson({
      type: 'doc',
      content: [
        { type: 'blockquote', content: [{ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Quoted item' }] }] }] }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Outer' }] }, { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Inner' }] }] }] }] }] },
        { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Cell' }] }] }] }] },
        { type: 'iframe', attrs: { src: 'https://evil.example' } },
      ],
    });
    expect(doc.content).toEqual([
      { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Quoted item' }] }] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Outer' }] }, { type: 'paragraph', content: [{ type: 'text', text: 'Inner' }] }] }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Cell' }] },
    ]);
    expect(bodyDocumentSchema.safeParse(doc).success).toBe(true);
  });

  it('survives garbage', () => {
    expect(fromEditorJson(null)).toEqual({ type: 'doc', content: [] });
    expect(fromEditorJson({ content: [1, 'x', null, { type: 'text', text: 'stray' }] })).toEqual({ type: 'doc', content: [] });
  });
});

describe('cleanPastedHtml', () => {
  it('drops scripts, styles and images, and maps headings to the two levels the site uses', () => {
    const html = '<h1 style="color:red">Title</h1><script>alert(1)</script><style>p{}</style><p class="MsoNormal">Text<img src="https://x/y.png"></p><h5>Small</h5>';
    expect(cleanPastedHtml(html)).toBe('<h2 style="color:red">Title</h2><p class="MsoNormal">Text</p><h3>Small</h3>');
  });
});
