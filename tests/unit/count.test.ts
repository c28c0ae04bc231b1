import { describe, expect, it } from 'vitest';
import { countOf } from '@/lib/text/count';
import { countsText } from '@/lib/transfer/import/counts-text';

describe('countOf', () => {
  it('says one, none and many as a reader reads them, with thousands separated', () => {
    expect(countOf(1, 'comment')).toBe('1 comment');
    expect(countOf(0, 'comment')).toBe('0 comments');
    expect(countOf(2, 'new comment')).toBe('2 new comments');
    expect(countOf(12_345, 'comment')).toBe('12,345 comments');
    expect(countOf(3, 'story', 'stories')).toBe('3 stories');
  });

  it('names an import by its counts through the same rule', () => {
    expect(countsText({ section: 2, story: 1, comment: 1_500, tag: 0 })).toBe('2 sections, 1 story, 1,500 comments');
    expect(countsText({})).toBe('nothing');
  });
});
