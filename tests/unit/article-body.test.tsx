import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ArticleBody } from '@/components/article/article-body';
import type { BodyDocument } from '@/lib/articles/document';
import type { ArticleCard } from '@/lib/articles/types';

const render = (doc: unknown, inlineCards: Record<string, ArticleCard> = {}) =>
  renderToStaticMarkup(<ArticleBody doc={doc as BodyDocument} inlineCards={inlineCards} />);

const text = (t: string, marks?: unknown[]) => ({ type: 'text', text: t, ...(marks && { marks }) });

describe('ArticleBody', () => {
  it('renders the structure: subheads, paragraphs, quotes, lists', () => {
    const html = render({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [text('What happened')] },
        { type: 'paragraph', content: [text('Plain '), text('strong', [{ type: 'bold' }]), text(' and '), text('em', [{ type: 'italic' }])] },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [text('A quote')] }] },
        { type: 'pullQuote', attrs: { attribution: 'A source' }, content: [text('Pulled')] },
        { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('One')] }] }] },
      ],
    });
    expect(html).toContain('<h2>');
    expect(html).toContain('<strong>strong</strong>');
    expect(html).toContain('<em>em</em>');
    expect(html).toContain('<blockquote><p>');
    expect(html).toContain('— A source');
    expect(html).toContain('<ol><li>');
  });

  it('renders an inline related-story card for a known slug and nothing for an unknown one', () => {
    const card = { slug: 'next-story', url: '/world/next-story', headline: 'The next story' } as ArticleCard;
    const html = render(
      { type: 'doc', content: [{ type: 'relatedStory', attrs: { slug: 'next-story' } }, { type: 'relatedStory', attrs: { slug: 'gone' } }] },
      { 'next-story': card },
    );
    expect(html).toContain('See what’s next');
    expect(html).toContain('href="/world/next-story"');
    expect(html.match(/<aside/g)).toHaveLength(1);
  });

  it('escapes script in text, in every field', () => {
    const html = render({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [text('<script>alert(1)</script>')] },
        { type: 'heading', attrs: { level: 2 }, content: [text('<img src=x onerror=alert(1)>')] },
        { type: 'pullQuote', attrs: { attribution: '"><script>alert(2)</script>' }, content: [text('q')] },
      ],
    });
    expect(html).not.toContain('<script>');
    expect(html).not.toMatch(/<img[^>]*onerror/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('drops javascript: links but keeps their text', () => {
    const html = render({
      type: 'doc',
      content: [{ type: 'paragraph', content: [text('click', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])] }],
    });
    expect(html).not.toContain('javascript:');
    expect(html).toContain('click');
    expect(html).not.toContain('<a');
  });

  it('refuses images from other origins and event-handler attributes', () => {
    const html = render({
      type: 'doc',
      content: [
        { type: 'image', attrs: { src: 'https://evil.example/x.png', alt: 'x' } },
        { type: 'image', attrs: { src: 'javascript:alert(1)', alt: 'x', onerror: 'alert(1)' } },
      ],
    });
    expect(html).toBe(html.replace(/<img/g, ''));
    expect(html).not.toContain('onerror');
  });

  it('renders nothing for unknown node types, marks or malformed nodes', () => {
    const html = render({
      type: 'doc',
      content: [
        { type: 'iframe', attrs: { src: 'https://evil.example' } },
        { type: 'rawHtml', html: '<script>alert(1)</script>' },
        { type: 'paragraph', content: [text('kept', [{ type: 'onclick', attrs: { code: 'alert(1)' } }]), { type: 'script' }] },
        null,
      ],
    });
    expect(html).not.toContain('iframe');
    expect(html).not.toContain('script');
    expect(html).toContain('kept');
  });
});
