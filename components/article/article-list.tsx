import type { ArticleCard as Card } from '@/lib/articles/types';
import { ArticleCard } from './article-card';

export function ArticleList({ cards, empty = 'No stories yet.' }: { cards: Card[]; empty?: string }) {
  if (cards.length === 0) return <p className="text-neutral-600 dark:text-neutral-400">{empty}</p>;
  return (
    <ul className="grid gap-8 sm:grid-cols-2 lg:grid-cols-3">
      {cards.map((card) => (
        <li key={card.id}>
          <ArticleCard card={card} />
        </li>
      ))}
    </ul>
  );
}
