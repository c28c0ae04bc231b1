import Image from 'next/image';
import Link from 'next/link';
import type { ArticleCard as Card } from '@/lib/articles/types';
import { SiteTime } from '@/components/ui/site-time';
import { ClaimBadge } from './claim-badge';

type Variant = 'lead' | 'standard' | 'compact';

function CommentCount({ n }: { n: number }) {
  return <span>{n === 1 ? '1 comment' : `${n.toLocaleString('en-GB')} comments`}</span>;
}

/** A story in a list. The lead variant is the front page's top story; compact drops the image. */
export function ArticleCard({ card, variant = 'standard', priority = false }: { card: Card; variant?: Variant; priority?: boolean }) {
  const headlineClass =
    variant === 'lead' ? 'text-3xl sm:text-4xl' : variant === 'compact' ? 'text-base' : 'text-xl';
  return (
    <article className={variant === 'lead' ? 'grid gap-4 md:grid-cols-2' : 'flex flex-col gap-2'}>
      {variant !== 'compact' && card.hero && (
        <Link href={card.url} tabIndex={-1} aria-hidden="true">
          <Image
            src={card.hero.url}
            alt=""
            width={card.hero.width}
            height={card.hero.height}
            sizes={variant === 'lead' ? '(min-width: 768px) 50vw, 100vw' : '(min-width: 768px) 25vw, 100vw'}
            priority={priority}
            className="aspect-video w-full rounded object-cover"
          />
        </Link>
      )}
      <div className="flex flex-col gap-1">
        <p className="flex flex-wrap items-center gap-2 text-xs font-semibold uppercase tracking-wide text-[var(--color-accent)] dark:text-[var(--color-accent-dark)]">
          <Link href={`/${card.section.slug}`}>{card.section.name}</Link>
          {card.claimStatus && <ClaimBadge status={card.claimStatus} />}
        </p>
        <h3 className={`font-serif font-bold leading-tight ${headlineClass}`}>
          <Link href={card.url} className="hover:underline">
            {card.headline}
          </Link>
        </h3>
        {variant !== 'compact' && card.dek && <p className="text-neutral-700 dark:text-neutral-300">{card.dek}</p>}
        <p className="flex flex-wrap gap-x-3 text-xs text-neutral-600 dark:text-neutral-400">
          {card.authors.length > 0 && <span>{card.authors.map((a) => a.name).join(' and ')}</span>}
          <SiteTime iso={card.publishedAt} />
          <CommentCount n={card.commentCount} />
        </p>
      </div>
    </article>
  );
}
