import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleView } from '@/components/article/article-view';
import { ErrorReportForm } from '@/components/article/error-report-form';
import { CommentsSection } from '@/components/comments/comments-section';
import { getArticle, getBylines, getRelated } from '@/lib/articles/reads';
import { slugParamSchema } from '@/lib/http/params';
import { withPublication } from '@/lib/settings/publication-metadata';
import { getSiteSettings } from '@/lib/settings/site-settings';
import { dateFormatOf } from '@/lib/settings/site-settings-schema';

// Rendered on first request, then served from the page cache until a write expires its tags (or an hour passes).
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ section: string; slug: string }> };

/** The story at this URL; the page answers an old or wrong URL with one permanent redirect (metadata skips it). */
async function load(params: Props['params'], redirects = true) {
  const { section, slug } = await params;
  if (!slugParamSchema.safeParse(slug).success) notFound();
  const found = await getArticle(slug);
  if (!found) notFound();
  if ('redirectTo' in found) return redirects ? permanentRedirect(found.redirectTo) : null;
  // One canonical URL per story: a wrong section segment redirects to the right one.
  if (found.article.section.slug !== section) return redirects ? permanentRedirect(found.article.url) : null;
  return found.article;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [article, site] = await Promise.all([load(params, false), getSiteSettings()]);
  if (!article) return {};
  const sectionFeed = { url: `/${article.section.slug}/feed.xml`, title: `${article.section.name} · ${site.publicationName}` };
  return withPublication(site, {
    title: article.headline,
    description: article.description,
    alternates: { canonical: article.url },
    openGraph: {
      type: 'article',
      title: article.headline,
      description: article.description,
      url: article.url,
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt ?? undefined,
      section: article.section.name,
      tags: article.tags.map((t) => t.name),
      images: article.hero ? [{ url: article.hero.url, width: article.hero.width, height: article.hero.height, alt: article.hero.alt }] : [],
    },
    twitter: { card: 'summary_large_image' },
  }, sectionFeed);
}

export default async function ArticlePage({ params }: Props) {
  const article = (await load(params))!;
  const [bylines, related, site] = await Promise.all([
    getBylines(article.authors.map((a) => a.slug).join(',')),
    getRelated(article.id, article.sectionId),
    getSiteSettings(),
  ]);

  return (
    <ArticleView
      article={article}
      bylines={bylines}
      related={related}
      after={
        <>
          <ErrorReportForm slug={article.slug} />
          <CommentsSection slug={article.slug} count={article.commentCount} dates={dateFormatOf(site)} />
        </>
      }
    />
  );
}
