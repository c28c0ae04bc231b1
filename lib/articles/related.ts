/** A published story that might be shown as "See what's next", with how much it has in common with the one read. */
export type RelatedCandidate = {
  id: number;
  sectionId: number;
  publishedAt: string;
  sharedTags: number;
};

const DAY = 86_400_000;

/** Weights: a shared tag says more than a shared section; recency breaks near-ties and fades over weeks. */
export const RELATED_WEIGHTS = { sharedTag: 3, sameSection: 2, recency: 1.5, recencyHalfLifeDays: 10 } as const;

export function relatedScore(c: RelatedCandidate, target: { sectionId: number }, now: number): number {
  const ageDays = Math.max(0, (now - Date.parse(c.publishedAt)) / DAY);
  const recency = RELATED_WEIGHTS.recency * 0.5 ** (ageDays / RELATED_WEIGHTS.recencyHalfLifeDays);
  return (
    c.sharedTags * RELATED_WEIGHTS.sharedTag + (c.sectionId === target.sectionId ? RELATED_WEIGHTS.sameSection : 0) + recency
  );
}

/**
 * Orders candidates for the related-stories widget: best score first, newer first on ties, never the story
 * itself, each story once. When fewer than `limit` qualify, `fallback` (latest stories) fills the rest.
 */
export function rankRelated(
  target: { id: number; sectionId: number },
  candidates: RelatedCandidate[],
  opts: { now: number; limit: number; fallback?: RelatedCandidate[] },
): number[] {
  const best = new Map<number, RelatedCandidate>();
  for (const c of candidates) {
    if (c.id === target.id) continue;
    const seen = best.get(c.id);
    if (!seen || c.sharedTags > seen.sharedTags) best.set(c.id, c);
  }
  const ranked = [...best.values()]
    .map((c) => ({ c, score: relatedScore(c, target, opts.now) }))
    .sort((a, b) => b.score - a.score || Date.parse(b.c.publishedAt) - Date.parse(a.c.publishedAt) || b.c.id - a.c.id)
    .map(({ c }) => c.id)
    .slice(0, opts.limit);
  for (const f of opts.fallback ?? []) {
    if (ranked.length >= opts.limit) break;
    if (f.id !== target.id && !ranked.includes(f.id)) ranked.push(f.id);
  }
  return ranked;
}
