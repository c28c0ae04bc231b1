import { describe, expect, it } from 'vitest';
import { isValidSlug, slugify } from '@/lib/articles/slug';

describe('slugify', () => {
  it('makes lower-case hyphenated ASCII', () => {
    expect(slugify('Polls close in Valdoria as both candidates claim early lead')).toBe('polls-close-in-valdoria-as-both-candidates-claim-early-lead');
  });
  it('folds accents and drops apostrophes', () => {
    expect(slugify('Inés Carvalho’s São Paulo diary')).toBe('ines-carvalhos-sao-paulo-diary');
  });
  it('collapses punctuation, spaces and emoji into single hyphens', () => {
    expect(slugify('  £4bn deal — “done” 🎉 !! ')).toBe('4bn-deal-done');
  });
  it('gives an empty slug for text with no letters or digits', () => {
    expect(slugify('مرحبا 🌍')).toBe('');
  });
  it('cuts long text at a word boundary', () => {
    const slug = slugify('word '.repeat(40), 30);
    expect(slug.length).toBeLessThanOrEqual(30);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug).toMatch(/^(word-)*word$/);
  });
});

describe('isValidSlug', () => {
  it.each(['world', 'a-b-c', 'report-2026'])('accepts %s', (s) => expect(isValidSlug(s)).toBe(true));
  it.each(['', 'Upper', 'two--hyphens', '-lead', 'with space', "x'; drop table articles;--", 'page', 'search'])(
    'rejects %j',
    (s) => expect(isValidSlug(s)).toBe(false),
  );
});
