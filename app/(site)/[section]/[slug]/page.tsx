import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleView } from '@/components/article/article-view';
import { NewsletterBox } from '@/components/newsletters/newsletter-box';
import { ErrorReportForm } from '@/components/article/error-report-form';
import { MostRead } from '@/components/article/most-read';
import { ShareLinks } from '@/components/article/share-links';
import { ViewBeacon } from '@/components/article/view-beacon';
import { CommentsSection } from '@/components/comments/comments-section';
import { countOf } from '@/lib/text/count';
import { getArticle, getBylines, getRelated } from '@/lib/articles/reads';
import { findLegacyAddress } from '@/lib/articles/legacy-address';
import { getLiveBlog } from '@/lib/live/live-blog';
import { siteUrl } from '@/lib/env';
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

/**
 * The story at this URL, or where it lives now (an old slug, a wrong section segment: one canonical URL per
 * story), or null. Only the page answers 404 or redirects; metadata stops (a 404 thrown from metadata makes
 * Next send a page that only a script can draw).
 */
async function find(params: Props['params']) {
  const { section, slug } = await params;
  if (!slugParamSchema.safeParse(slug).success) return null;
  const found = await getArticle(slug);
  if (!found) return null;
  if ('redirectTo' in found) return { movedTo: found.redirectTo };
  if (found.article.section.slug !== section) return { movedTo: found.article.url };
  return found;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [found, site] = await Promise.all([find(params), getSiteSettings()]);
  if (!found || 'movedTo' in found) return {};
  const { article } = found;
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
      // Without a photo: a picture of the headline made for it (share.png), never a blank card.
      images: [
        article.hero
          ? { url: article.hero.url, width: article.hero.width, height: article.hero.height, alt: article.hero.alt }
          : { url: `${article.url}/share.png?v=${Date.parse(article.updatedAt ?? article.publishedAt)}`, width: 1200, height: 630, alt: article.headline },
      ],
    },
    twitter: { card: 'summary_large_image' },
  }, sectionFeed);
}

export default async function ArticlePage({ params }: Props) {
  const found = await find(params);
  if (!found) {
    // No story here: maybe an imported story's old address (WordPress's `/category/slug/` permalinks).
    const { section, slug } = await params;
    const movedTo = await findLegacyAddress(`/${encodeURIComponent(section)}/${encodeURIComponent(slug)}`);
    if (movedTo) permanentRedirect(movedTo);
    notFound();
  }
  if ('movedTo' in found) permanentRedirect(found.movedTo);
  const { article } = found;
  const [bylines, related, site, liveBlog] = await Promise.all([
    getBylines(article.authors.map((a) => a.slug).join(',')),
    getRelated(article.id, article.sectionId),
    getSiteSettings(),
    getLiveBlog(article.slug, null),
  ]);

  return (
    <ArticleView
      article={article}
      bylines={bylines}
      related={related}
      liveBlog={liveBlog}
      after={
        <>
          <ViewBeacon articleId={article.id} />
          <ShareLinks url={`${siteUrl}${article.url}`} title={article.headline} />
          <MostRead section={article.section.slug} className="mt-12" />
          <ErrorReportForm slug={article.slug} />
          <NewsletterBox />
          <CommentsSection slug={article.slug} count={article.commentCount} heading={countOf(article.commentCount, 'comment')} dates={dateFormatOf(site)} />
        </>
      }
    />
  );
}
