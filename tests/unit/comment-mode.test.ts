import { describe, expect, it } from 'vitest';
import { effectiveCommentMode } from '@/lib/comments/comment-mode';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const daysAgo = (n: number) => new Date(NOW - n * 86_400_000);

describe('effectiveCommentMode', () => {
  it('keeps the story’s own mode while it is younger than the auto-close age', () => {
    expect(effectiveCommentMode('open', daysAgo(29), 30, NOW)).toBe('open');
    expect(effectiveCommentMode('premoderated', daysAgo(29), 30, NOW)).toBe('premoderated');
    expect(effectiveCommentMode('closed', daysAgo(0), 30, NOW)).toBe('closed');
  });

  it('closes a story older than the auto-close age, given as a date or as text', () => {
    expect(effectiveCommentMode('open', daysAgo(31), 30, NOW)).toBe('closed');
    expect(effectiveCommentMode('premoderated', daysAgo(31).toISOString(), 30, NOW)).toBe('closed');
  });

  it('never closes by age when the setting is 0', () => {
    expect(effectiveCommentMode('open', daysAgo(3650), 0, NOW)).toBe('open');
  });
});
