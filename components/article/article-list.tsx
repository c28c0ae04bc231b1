import type { ArticleCard as Card } from '@/lib/articles/types';
import { ArticleCard } from './article-card';

/** A listing page's stories, right under its h1. */
export function ArticleList({ cards, empty = 'No stories yet.' }: { cards: Card[]; empty?: string }) {
  if (cards.length === 0) return <p className="text-neutral-600 dark:text-neutral-400">{empty}</p>;
  return (
    <ul className="grid gap-8 sm:grid-cols-2 lg:grid-cols-3">
      {cards.map((card, i) => (
        <li key={card.id}>
          {/* The first picture is the largest thing a phone shows first: fetched at once, not lazily. */}
          <ArticleCard card={card} level={2} priority={i === 0} />
        </li>
      ))}
    </ul>
  );
}
