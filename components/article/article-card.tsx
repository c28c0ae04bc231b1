import { Picture } from '@/components/ui/picture';
import type { ArticleCard as Card } from '@/lib/articles/types';
import { SiteTime } from '@/components/ui/site-time';
import { ClaimBadge } from './claim-badge';
import { countOf } from '@/lib/text/count';

type Variant = 'lead' | 'standard' | 'compact';

function CommentCount({ n }: { n: number }) {
  return <span>{countOf(n, 'comment')}</span>;
}

/**
 * A story in a list. The lead variant is the front page's top story; compact drops the image. `level` is the
 * headline's heading level: 2 where the cards sit right under the page's h1 (the lead, listings, search), 3 under
 * a section's h2, so headings never skip a level.
 */
export function ArticleCard({ card, variant = 'standard', priority = false, level = 3 }: { card: Card; variant?: Variant; priority?: boolean; level?: 2 | 3 }) {
  const Headline = level === 2 ? 'h2' : 'h3';
  const headlineClass =
    variant === 'lead' ? 'text-3xl sm:text-4xl' : variant === 'compact' ? 'text-base' : 'text-xl';
  return (
    <article className={variant === 'lead' ? 'grid gap-4 md:grid-cols-2' : 'flex flex-col gap-2'}>
      {variant !== 'compact' && card.hero && (
        <a href={card.url} tabIndex={-1} aria-hidden="true">
          <Picture
            src={card.hero.url}
            alt=""
            width={card.hero.width}
            height={card.hero.height}
            sizes={variant === 'lead' ? '(min-width: 768px) 50vw, 100vw' : '(min-width: 768px) 25vw, 100vw'}
            priority={priority}
            className="aspect-video w-full rounded object-cover"
          />
        </a>
      )}
      <div className="flex flex-col gap-1">
        <p className="kicker text-xs">
          <a href={`/${card.section.slug}`}>{card.section.name}</a>
          {card.claimStatus && <ClaimBadge status={card.claimStatus} />}
        </p>
        <Headline className={`font-serif font-bold leading-tight ${headlineClass}`}>
          <a href={card.url} className="hover:underline">
            {card.headline}
          </a>
        </Headline>
        {variant !== 'compact' && card.dek && <p className="story-dek">{card.dek}</p>}
        <p className="story-meta">
          {card.authors.length > 0 && <span>{card.authors.map((a) => a.name).join(' and ')}</span>}
          <SiteTime iso={card.publishedAt} />
          <CommentCount n={card.commentCount} />
        </p>
      </div>
    </article>
  );
}
