import type { ReactNode } from 'react';
import { ArticleBody } from '@/components/article/article-body';
import { ArticleCard } from '@/components/article/article-card';
import { AuthorBioBox } from '@/components/article/author-bio-box';
import { ClaimBadge } from '@/components/article/claim-badge';
import { HeroFigure } from '@/components/article/hero-figure';
import { UpdatesTimeline } from '@/components/article/updates-timeline';
import { TimeStamp } from '@/components/ui/time-stamp';
import { getSiteSettings } from '@/lib/settings/site-settings';
import { dateFormatOf } from '@/lib/settings/site-settings-schema';
import { AboutPublication } from './about-publication';
import { jsonLdScript, liveBlogJsonLd, newsArticleJsonLd } from '@/lib/articles/json-ld';
import type { LiveEntry, LiveState } from '@/lib/live/live-blog';
import { LiveBlogIsland } from './live-blog-island';
import type { ArticleCard as Card, ArticleDetail } from '@/lib/articles/types';
import { countOf } from '@/lib/text/count';

/**
 * A story as readers see it. The article page and the newsroom's preview both render this, so a preview is
 * exactly the published page; `after` holds what only the live page has (the error report, comments).
 */
export async function ArticleView({
  article,
  bylines,
  related,
  after,
  liveBlog,
}: {
  article: ArticleDetail;
  bylines: Parameters<typeof AuthorBioBox>[0]['author'][];
  related: Card[];
  after?: ReactNode;
  /** A live blog's coverage and entries, when the story is one (not in the newsroom's preview). */
  liveBlog?: { live: LiveState; entries: LiveEntry[] } | null;
}) {
  const site = await getSiteSettings();
  const format = dateFormatOf(site);
  // eslint-disable-next-line react-hooks/purity -- a server render runs once; the browser recomputes "recent" itself
  const now = Date.now();
  return (
    <article className="mx-auto max-w-3xl" data-article-id={article.id}>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(newsArticleJsonLd(article, site)) }} />
      {liveBlog && <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(liveBlogJsonLd(article, liveBlog.live, liveBlog.entries)) }} />}
      <header className="space-y-3">
        <p className="kicker text-sm">
          <a href={`/${article.section.slug}`}>{article.section.name}</a>
          {article.claimStatus && <ClaimBadge status={article.claimStatus} />}
        </p>
        <h1 className="font-serif text-3xl font-bold leading-tight sm:text-5xl">{article.headline}</h1>
        {article.dek && <p className="text-lg text-neutral-700 sm:text-xl dark:text-neutral-300">{article.dek}</p>}
        <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-neutral-700 dark:text-neutral-300">
          <p>
            By{' '}
            {article.authors.map((a, i) => (
              <span key={a.slug}>
                {i > 0 && (i === article.authors.length - 1 ? ' and ' : ', ')}
                <a href={`/author/${a.slug}`} rel="author" className="font-semibold underline">
                  {a.name}
                </a>
              </span>
            ))}
          </p>
          <p>
            <TimeStamp iso={article.publishedAt} prefix="Published " format={format} now={now} />
          </p>
          {article.updatedAt && (
            <p>
              <TimeStamp iso={article.updatedAt} prefix="Updated " format={format} now={now} />
            </p>
          )}
          <p>
            <a href="#comments-heading" className="underline">
              {countOf(article.commentCount, 'comment')}
            </a>
          </p>
        </div>
      </header>

      {article.hero && <HeroFigure hero={article.hero} />}

      {article.claimStatus && article.claimNote && (
        <p role="note" className="my-4 rounded bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
          <strong>Verification: </strong>
          {article.claimNote}
        </p>
      )}

      <UpdatesTimeline updates={article.updates} />
      <div className="mt-6">
        <ArticleBody doc={article.body} inlineCards={article.inlineCards} />
      </div>
      {liveBlog && <LiveBlogIsland slug={article.slug} initial={liveBlog} dates={format} />}
      <AboutPublication about={site.about} />

      {article.tags.length > 0 && (
        <ul aria-label="Tags" className="mt-8 flex flex-wrap gap-2 text-sm">
          {article.tags.map((t) => (
            <li key={t.slug}>
              <a href={`/tag/${t.slug}`} className="rounded-full border border-neutral-300 px-3 py-1 hover:underline dark:border-neutral-700">
                {t.name}
              </a>
            </li>
          ))}
        </ul>
      )}

      <div className="mt-8 space-y-4">
        {bylines.map((b) => (
          <AuthorBioBox key={b.slug} author={b} />
        ))}
      </div>

      {related.length > 0 && (
        <section aria-labelledby="related-heading" className="mt-12">
          <h2 id="related-heading" className="mb-4 font-serif text-2xl font-bold">
            See what’s next
          </h2>
          <ul className="grid gap-6 sm:grid-cols-2">
            {related.map((card) => (
              <li key={card.id}>
                <ArticleCard card={card} variant="compact" />
              </li>
            ))}
          </ul>
        </section>
      )}

      {after}
    </article>
  );
}
