import { describe, expect, it } from 'vitest';
import type { BodyDocument } from '@/lib/articles/document';
import { documentToEmailHtml, documentToEmailText } from '@/lib/mail/document-email';
import { renderIssueEmail, type IssueEmailInput } from '@/lib/newsletters/issue-email';

const BASE = 'https://gazette.example';
const doc = (...content: BodyDocument['content']): BodyDocument => ({ type: 'doc', content });
const text = (t: string, marks?: { type: 'bold' } | { type: 'link'; attrs: { href: string } }) => ({ type: 'text' as const, text: t, ...(marks && { marks: [marks] }) });

describe('a body document as email', () => {
  it('escapes text, keeps structure, and styles every element inline', () => {
    const html = documentToEmailHtml(
      doc(
        { type: 'heading', attrs: { level: 2 }, content: [text('Tide <tables>')] },
        { type: 'paragraph', content: [text('Bold', { type: 'bold' }), text(' & "plain" 🌊 مرحبا')] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('one')] }] }] },
      ),
      BASE,
    );
    expect(html).toContain('<h2 style="');
    expect(html).toContain('Tide &#60;tables&#62;');
    expect(html).toContain('<strong>Bold</strong> &#38; &#34;plain&#34; 🌊 مرحبا');
    expect(html).toMatch(/<ul style="[^"]+"><li style="[^"]+">one<\/li><\/ul>/);
    expect(html).not.toMatch(/<(p|h2|ul|li)>/); // no element without its style
  });

  it('makes site links and images absolute, and drops unsafe links, foreign images and related-story cards', () => {
    const html = documentToEmailHtml(
      doc(
        { type: 'paragraph', content: [text('ours', { type: 'link', attrs: { href: '/world/story' } }), text('bad', { type: 'link', attrs: { href: 'javascript:alert(1)' } })] },
        { type: 'image', attrs: { src: '/uploads/a.jpg', alt: 'Harbour "at dawn"', caption: 'The harbour' } },
        { type: 'image', attrs: { src: 'https://tracker.example/pixel.gif', alt: 'x' } },
        { type: 'relatedStory', attrs: { slug: 'other' } },
      ),
      BASE,
    );
    expect(html).toContain('<a href="https://gazette.example/world/story"');
    expect(html).toContain('>bad<'); // the words stay, the link goes
    expect(html).not.toContain('javascript:');
    expect(html).toContain('src="https://gazette.example/uploads/a.jpg" alt="Harbour &#34;at dawn&#34;"');
    expect(html).not.toContain('tracker.example');
    expect(html).not.toContain('other');
  });

  it('has a plain-text twin with links written out', () => {
    const plain = documentToEmailText(
      doc(
        { type: 'heading', attrs: { level: 3 }, content: [text('Next steps')] },
        { type: 'paragraph', content: [text('Read '), text('the report', { type: 'link', attrs: { href: '/report' } })] },
        { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('first')] }] }] },
      ),
      BASE,
    );
    expect(plain).toBe('NEXT STEPS\n\nRead the report (https://gazette.example/report)\n\n1. first');
  });
});

describe('an issue email', () => {
  const input: IssueEmailInput = {
    kind: 'issue',
    subject: 'Monday',
    intro: doc({ type: 'paragraph', content: [text('Good morning.')] }),
    stories: [
      { headline: 'Ferries <stop>', dek: 'Four nights', url: '/world/ferries', section: 'World', authors: ['Inés Carvalho'], hero: { url: '/uploads/f.jpg', alt: 'A ferry' } },
      { headline: 'Budget', dek: '', url: '/politics/budget', section: 'Politics', authors: [], hero: null },
    ],
    newsletter: 'Morning Briefing',
    site: { publicationName: 'The Gazette', logo: null, postalAddress: '1 Harbour Row' },
    base: BASE,
  };

  it('is one responsive column with the stories in order, the publication and its postal address, and no script', () => {
    const { html, text: plain } = renderIssueEmail(input)({ unsubscribe: `${BASE}/unsubscribe?token=a.b&c`, manage: `${BASE}/account` });
    expect(html).toContain('<meta name="viewport" content="width=device-width,initial-scale=1">');
    expect(html).toContain('max-width:600px');
    expect(html.indexOf('Ferries &#60;stop&#62;')).toBeLessThan(html.indexOf('Budget'));
    expect(html).toContain('src="https://gazette.example/uploads/f.jpg"');
    expect(html).toContain('The Gazette');
    expect(html).toContain('1 Harbour Row');
    expect(html).toContain('href="https://gazette.example/unsubscribe?token=a.b&#38;c"');
    expect(html).not.toMatch(/<script|<style|<link/i);
    expect(html).not.toContain('Breaking news');
    expect(plain).toContain('WORLD\nFerries <stop>\nFour nights\nBy Inés Carvalho\nhttps://gazette.example/world/ferries');
    expect(plain).toContain('Unsubscribe: https://gazette.example/unsubscribe?token=a.b&c');
  });

  it('shows the logo when there is one, and marks an alert, which carries the whole story', () => {
    const alert = renderIssueEmail({
      ...input,
      kind: 'alert',
      intro: doc(),
      stories: [{ ...input.stories[0]!, body: doc({ type: 'paragraph', content: [text('The whole story.')] }) }],
      site: { ...input.site, logo: { url: '/uploads/logo.png', width: 400, height: 80 } },
    })({ unsubscribe: 'u', manage: 'm' });
    expect(alert.html).toContain('Breaking news');
    expect(alert.html).toContain('<img src="https://gazette.example/uploads/logo.png" alt="The Gazette"');
    expect(alert.html).toContain('The whole story.');
    expect(alert.text).toContain('BREAKING NEWS');
    expect(alert.text).toContain('The whole story.');
  });
});
