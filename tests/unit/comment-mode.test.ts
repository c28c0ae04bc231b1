import { describe, expect, it } from 'vitest';
import { effectiveCommentMode, type CommentMode } from '@/lib/comments/comment-mode';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const daysAgo = (n: number) => new Date(NOW - n * 86_400_000);
const mode = (m: CommentMode, publishedAt: Date | string, autoCloseAfterDays = 30, sectionMode: CommentMode | null = null) =>
  effectiveCommentMode({ mode: m, sectionMode, publishedAt, autoCloseAfterDays }, NOW);

describe('effectiveCommentMode', () => {
  it('keeps the story’s own mode while it is younger than the auto-close age', () => {
    expect(mode('open', daysAgo(29))).toBe('open');
    expect(mode('premoderated', daysAgo(29))).toBe('premoderated');
    expect(mode('closed', daysAgo(0))).toBe('closed');
  });

  it('closes a story older than the auto-close age, given as a date or as text', () => {
    expect(mode('open', daysAgo(31))).toBe('closed');
    expect(mode('premoderated', daysAgo(31).toISOString())).toBe('closed');
  });

  it('never closes by age when the setting is 0', () => {
    expect(mode('open', daysAgo(3650), 0)).toBe('open');
  });

  it('applies a section override only where it is stricter than the story’s mode', () => {
    expect(mode('open', daysAgo(1), 30, 'premoderated')).toBe('premoderated');
    expect(mode('premoderated', daysAgo(1), 30, 'closed')).toBe('closed');
    expect(mode('closed', daysAgo(1), 30, 'open')).toBe('closed');
    expect(mode('premoderated', daysAgo(1), 30, 'open')).toBe('premoderated');
  });

  it('premoderates an open story while a surge lasts, and not after', () => {
    const at = (surgeUntil: Date) => effectiveCommentMode({ mode: 'open', sectionMode: null, publishedAt: daysAgo(1), autoCloseAfterDays: 30, surgeUntil }, NOW);
    expect(at(new Date(NOW + 60_000))).toBe('premoderated');
    expect(at(new Date(NOW - 60_000))).toBe('open');
    expect(effectiveCommentMode({ mode: 'closed', sectionMode: null, publishedAt: daysAgo(1), autoCloseAfterDays: 30, surgeUntil: new Date(NOW + 60_000) }, NOW)).toBe('closed');
  });
});
