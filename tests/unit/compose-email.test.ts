import { describe, expect, it } from 'vitest';
import { composeEmail, oneLine } from '@/lib/mail/compose';
import { topicsFor, rolesFor } from '@/lib/notifications/topics';

describe('composeEmail', () => {
  const content = {
    heading: 'Rosa <b>replied</b>',
    paragraphs: ['On “Budget & <script>alert(1)</script>”:'],
    quotes: [{ by: 'Farah "F" O’Neil', text: 'First line\nمرحبا 🌊 second line', url: 'https://news.example/a?x=1&y="2"#comment-3' }],
    button: { label: 'Read the reply', url: 'https://news.example/a#comment-3' },
    links: [{ label: 'Unsubscribe', url: 'https://news.example/unsubscribe?token=1.reply.abc' }],
  };
  it('escapes everything it is given into the HTML part', () => {
    const { html } = composeEmail(content);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toContain('href="https://news.example/a?x=1&#38;y=&#34;2&#34;#comment-3"');
    expect(html).toContain('مرحبا 🌊');
  });
  it('says the same in plain text, quoting line by line, with every link written out', () => {
    const { text } = composeEmail(content);
    expect(text).toContain('> First line\n> مرحبا 🌊 second line');
    expect(text).toContain('Read the reply: https://news.example/a#comment-3');
    expect(text).toContain('Unsubscribe: https://news.example/unsubscribe?token=1.reply.abc');
  });
  it('keeps header values on one line', () => {
    expect(oneLine('Hello\r\nBcc: x@example.org\u2028there')).toBe('Hello Bcc: x@example.org there');
  });
});

describe('notification topics', () => {
  it('offers readers replies only, and staff the reports their role handles', () => {
    expect(topicsFor('reader')).toEqual(['reply']);
    expect(topicsFor('author')).toEqual(['reply']);
    expect(topicsFor('editor')).toEqual(['reply', 'report', 'error_report']);
    expect(rolesFor('report')).toEqual(['editor', 'admin']);
  });
});
