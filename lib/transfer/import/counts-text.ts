import { countOf } from '@/lib/text/count';

/** "2 sections, 5 stories, 1 comment" from an import's counts by kind (nothing: "nothing"); the terminal and the newsroom both say it so. */
export function countsText(counts: Record<string, number>): string {
  return (
    Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([kind, n]) => (kind === 'story' ? countOf(n, 'story', 'stories') : countOf(n, kind)))
      .join(', ') || 'nothing'
  );
}
