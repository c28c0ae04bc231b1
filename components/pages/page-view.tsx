import { AboutPublication } from '@/components/article/about-publication';
import { ArticleBody } from '@/components/article/article-body';
import { HeroFigure } from '@/components/article/hero-figure';
import type { PageDetail } from '@/lib/pages/read-page';
import { getSiteSettings } from '@/lib/settings/site-settings';

/** A page (About, Contact…) as readers see it; the live page and the newsroom's preview both render this. */
export async function PageView({ page }: { page: PageDetail }) {
  const { about } = await getSiteSettings();
  return (
    <article className="mx-auto max-w-3xl">
      <header className="space-y-3">
        <h1 className="font-serif text-3xl font-bold leading-tight sm:text-5xl">{page.title}</h1>
        {page.dek && <p className="text-lg text-neutral-700 sm:text-xl dark:text-neutral-300">{page.dek}</p>}
      </header>
      {page.hero && <HeroFigure hero={page.hero} />}
      <div className="mt-6">
        <ArticleBody doc={page.body} inlineCards={page.inlineCards} />
      </div>
      <AboutPublication about={about} />
    </article>
  );
}
