import { describe, expect, it } from 'vitest';
import { bodyDocumentSchema, documentToPlainText } from '@/lib/articles/document';
import { htmlToDocument } from '@/lib/transfer/import/html-to-document';

const text = (html: string) => documentToPlainText(htmlToDocument(html).doc);

describe('another system’s HTML as our body document', () => {
  it('keeps paragraphs, headings, lists, quotes, links, bold, italic, images and rules', () => {
    const { doc } = htmlToDocument(
      '<p>A <strong>bold</strong> and <em>quiet</em> <a href="https://example.org/a">link</a>.</p><h1>Top</h1><h3>Sub</h3><h5>Small</h5>' +
        '<ul><li>one</li><li><p>two</p></li></ul><ol><li>first</li></ol><blockquote><p>Said.</p></blockquote>' +
        '<figure><img src="https://old.example/a.jpg" alt="A photo" width="640" height="480"><figcaption>The caption</figcaption></figure><hr>',
    );
    expect(bodyDocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc.content.map((b) => b.type)).toEqual(['paragraph', 'heading', 'heading', 'heading', 'bulletList', 'orderedList', 'blockquote', 'image', 'horizontalRule']);
    expect(doc.content[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'A ' },
        { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' and ' },
        { type: 'text', text: 'quiet', marks: [{ type: 'italic' }] },
        { type: 'text', text: ' ' },
        { type: 'text', text: 'link', marks: [{ type: 'link', attrs: { href: 'https://example.org/a' } }] },
        { type: 'text', text: '.' },
      ],
    });
    expect(doc.content.slice(1, 4).map((b) => (b.type === 'heading' ? b.attrs.level : 0))).toEqual([2, 3, 3]);
    expect(doc.content[7]).toEqual({ type: 'image', attrs: { src: 'https://old.example/a.jpg', alt: 'A photo', caption: 'The caption', width: 640, height: 480 } });
  });

  it('drops scripts, styles and embeds whole, names them, and never keeps an attribute', () => {
    const { doc, dropped } = htmlToDocument(
      '<p onclick="steal()">Safe <b onmouseover="x()">text</b></p><script>alert(document.cookie)</script><style>body{}</style>' +
        '<iframe src="https://evil.example"></iframe><img src="x" onerror="alert(1)"><a href="javascript:alert(1)">click</a>',
    );
    expect(dropped.sort()).toEqual(['<iframe>', '<script>', '<style>']);
    const json = JSON.stringify(doc);
    for (const bad of ['alert', 'steal', 'onclick', 'onerror', 'javascript:', 'evil.example', 'body{}']) expect(json).not.toContain(bad);
    expect(text('<a href="javascript:alert(1)">click</a>')).toBe('click');
    expect(bodyDocumentSchema.safeParse(doc).success).toBe(true);
  });

  it('keeps the text of elements it has no node for, and reads WordPress’s blank-line paragraphs', () => {
    expect(text('<marquee>The county pays half.</marquee>')).toBe('The county pays half.');
    const { doc } = htmlToDocument('First line\nsecond line\n\nA new <em>paragraph</em>\n\n<div><span>In a div</span></div>');
    expect(doc.content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'First line' }, { type: 'hardBreak' }, { type: 'text', text: 'second line' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'A new ' }, { type: 'text', text: 'paragraph', marks: [{ type: 'italic' }] }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'In a div' }] },
    ]);
  });

  it('takes emoji, right-to-left text and SQL as text, and entities as the characters they name', () => {
    expect(text('<p>مرحبا بالعالم 🌊 &amp; &lt;b&gt; \'); DROP TABLE articles; --</p>')).toBe("مرحبا بالعالم 🌊 & <b> '); DROP TABLE articles; --");
  });

  it('gives an empty document for nothing, and splits text longer than a node holds', () => {
    expect(htmlToDocument('').doc).toEqual({ type: 'doc', content: [] });
    const { doc } = htmlToDocument(`<p>${'a'.repeat(45_000)}</p>`);
    expect(bodyDocumentSchema.safeParse(doc).success).toBe(true);
    expect(text(`<p>${'a'.repeat(45_000)}</p>`)).toHaveLength(45_000);
  });
});
