import { describe, expect, it } from 'vitest';
import { rankRelated, type RelatedCandidate } from '@/lib/articles/related';

const now = Date.parse('2026-11-25T12:00:00Z');
const daysAgo = (d: number) => new Date(now - d * 86_400_000).toISOString();
const c = (id: number, sectionId: number, ageDays: number, sharedTags = 0): RelatedCandidate => ({
  id,
  sectionId,
  publishedAt: daysAgo(ageDays),
  sharedTags,
});
const target = { id: 1, sectionId: 10 };

describe('rankRelated', () => {
  it('puts stories sharing more tags first', () => {
    const ids = rankRelated(target, [c(2, 20, 1, 1), c(3, 20, 1, 2), c(4, 20, 1, 0)], { now, limit: 4 });
    expect(ids).toEqual([3, 2, 4]);
  });

  it('prefers the same section when tags are equal', () => {
    expect(rankRelated(target, [c(2, 20, 1, 1), c(3, 10, 1, 1)], { now, limit: 4 })).toEqual([3, 2]);
  });

  it('prefers the newer story when everything else is equal', () => {
    expect(rankRelated(target, [c(2, 10, 30, 1), c(3, 10, 2, 1)], { now, limit: 4 })).toEqual([3, 2]);
  });

  it('lets a shared tag outweigh a few weeks of age', () => {
    expect(rankRelated(target, [c(2, 20, 0, 0), c(3, 20, 20, 1)], { now, limit: 1 })).toEqual([3]);
  });

  it('never returns the story itself and lists each story once', () => {
    const ids = rankRelated(target, [c(1, 10, 0, 5), c(2, 10, 1, 1), c(2, 10, 1, 2)], { now, limit: 4 });
    expect(ids).toEqual([2]);
  });

  it('fills from the fallback list when too few candidates qualify, skipping itself and repeats', () => {
    const ids = rankRelated(target, [c(2, 10, 1, 1)], { now, limit: 4, fallback: [c(1, 10, 0), c(2, 10, 1), c(5, 30, 0), c(6, 30, 1), c(7, 30, 2)] });
    expect(ids).toEqual([2, 5, 6, 7]);
  });

  it('returns at most the limit', () => {
    const many = Array.from({ length: 20 }, (_, i) => c(i + 2, 10, i, 1));
    expect(rankRelated(target, many, { now, limit: 4 })).toHaveLength(4);
  });
});
