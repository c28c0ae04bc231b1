import { siteUrl } from '@/lib/env';
import type { SiteSettings } from '@/lib/settings/site-settings-schema';
import { documentToPlainText, excerpt, type BodyDocument } from './document';
import type { ArticleDetail } from './types';

type Publisher = Pick<SiteSettings, 'publicationName' | 'logo' | 'socialLinks'>;

/** The publication as schema.org knows it: name, address, logo and its profiles elsewhere (`sameAs`). */
export function organizationJsonLd(site: Publisher) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsMediaOrganization',
    name: site.publicationName,
    url: siteUrl,
    ...(site.logo && { logo: { '@type': 'ImageObject', url: `${siteUrl}${site.logo.url}`, width: site.logo.width, height: site.logo.height } }),
    ...(site.socialLinks.length > 0 && { sameAs: site.socialLinks.map((l) => l.url) }),
  };
}

/**
 * schema.org NewsArticle for an article page, including corrections and the claim's verification state. It was
 * last modified at its last edit or its last correction, whichever came later (ISO times sort as text).
 */
export function newsArticleJsonLd(article: ArticleDetail, site: Publisher) {
  const corrections = article.updates.filter((u) => u.kind === 'correction');
  const dateModified = [article.updatedAt ?? article.publishedAt, ...corrections.map((c) => c.createdAt)].sort().at(-1);
  const { '@context': _context, ...publisher } = organizationJsonLd(site);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    description: article.description,
    url: `${siteUrl}${article.url}`,
    mainEntityOfPage: `${siteUrl}${article.url}`,
    datePublished: article.publishedAt,
    dateModified,
    // Broadsheet has no paywall: every story is free to read (Google's flexible-sampling markup).
    isAccessibleForFree: true,
    articleSection: article.section.name,
    keywords: article.tags.map((t) => t.name).join(', '),
    image: article.hero ? [`${siteUrl}${article.hero.url}`] : undefined,
    author: article.authors.map((a) => ({ '@type': 'Person', name: a.name, url: `${siteUrl}/author/${a.slug}` })),
    publisher,
    ...(corrections.length > 0 && {
      correction: corrections.map((c) => ({ '@type': 'CorrectionComment', text: c.body, datePublished: c.createdAt })),
    }),
    ...(article.claimStatus && {
      creativeWorkStatus: article.claimStatus,
      ...(article.claimNote && { backstory: article.claimNote }),
    }),
    commentCount: article.commentCount,
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no string in it can close the script element. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/**
 * schema.org LiveBlogPosting for a live blog: its coverage start and end and its latest entries (50), each a
 * BlogPosting with its own address on the page.
 */
export function liveBlogJsonLd(
  article: Pick<ArticleDetail, 'headline' | 'description' | 'url' | 'publishedAt'>,
  live: { startedAt: string; endedAt: string | null },
  entries: { id: number; headline: string; body: BodyDocument; createdAt: string; updatedAt: string | null }[],
) {
  const url = `${siteUrl}${article.url}`;
  return {
    '@context': 'https://schema.org',
    '@type': 'LiveBlogPosting',
    headline: article.headline,
    description: article.description,
    url,
    datePublished: article.publishedAt,
    coverageStartTime: live.startedAt,
    ...(live.endedAt && { coverageEndTime: live.endedAt }),
    liveBlogUpdate: entries.slice(0, 50).map((e) => {
      const text = documentToPlainText(e.body);
      return {
        '@type': 'BlogPosting',
        headline: e.headline || excerpt(text, 110),
        datePublished: e.createdAt,
        ...(e.updatedAt && { dateModified: e.updatedAt }),
        articleBody: text,
        url: `${url}#entry-${e.id}`,
      };
    }),
  };
}
