import type { ReactNode } from 'react';
import type { ArticleCard } from '@/lib/articles/types';
import type { Paged } from '@/lib/http/pagination';
import { Pagination } from '@/components/ui/pagination';
import { ArticleList } from './article-list';

/** The shared shape of section, tag and author pages: a heading, an intro, a page of stories, pagination. */
export function ListingPage(props: {
  heading: string;
  intro?: ReactNode;
  articles: Paged<ArticleCard>;
  basePath: string;
}) {
  const { articles, basePath } = props;
  return (
    <div className="space-y-6">
      <header className="space-y-2 border-b border-neutral-200 pb-4 dark:border-neutral-800">
        <h1 className="font-serif text-3xl font-bold sm:text-4xl">{props.heading}</h1>
        {props.intro}
      </header>
      <ArticleList cards={articles.items} empty={articles.page > 1 ? 'There are no stories on this page.' : 'No stories yet.'} />
      <Pagination page={articles.page} pageCount={articles.pageCount} hrefFor={(p) => (p === 1 ? basePath : `${basePath}/page/${p}`)} />
    </div>
  );
}
