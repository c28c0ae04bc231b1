import { describe, expect, it } from 'vitest';
import { formatCommentText } from '@/lib/comments/format';

describe('formatCommentText', () => {
  it('keeps line breaks as breaks', () => {
    expect(formatCommentText('one\r\ntwo\nthree').filter((p) => p.kind === 'break')).toHaveLength(2);
  });
  it('links http(s) URLs without trailing punctuation', () => {
    const parts = formatCommentText('See https://example.org/a?b=1. Thanks');
    expect(parts).toContainEqual({ kind: 'link', href: 'https://example.org/a?b=1', text: 'https://example.org/a?b=1' });
    expect(parts.at(-1)).toEqual({ kind: 'text', text: '. Thanks' });
  });
  it('leaves markup and javascript: URLs as plain text', () => {
    const parts = formatCommentText('<script>alert(1)</script> javascript:alert(1) <img src=x onerror=alert(1)>');
    expect(parts).toEqual([{ kind: 'text', text: '<script>alert(1)</script> javascript:alert(1) <img src=x onerror=alert(1)>' }]);
  });
});
