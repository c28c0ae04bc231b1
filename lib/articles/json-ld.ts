import { siteUrl } from '@/lib/env';
import { publicationName } from '@/lib/site';
import type { ArticleDetail } from './types';

/** schema.org NewsArticle for an article page, including corrections and the claim's verification state. */
export function newsArticleJsonLd(article: ArticleDetail) {
  const corrections = article.updates.filter((u) => u.kind === 'correction');
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    description: article.description,
    url: `${siteUrl}${article.url}`,
    mainEntityOfPage: `${siteUrl}${article.url}`,
    datePublished: article.publishedAt,
    dateModified: article.updatedAt ?? article.publishedAt,
    articleSection: article.section.name,
    keywords: article.tags.map((t) => t.name).join(', '),
    image: article.hero ? [`${siteUrl}${article.hero.url}`] : undefined,
    author: article.authors.map((a) => ({ '@type': 'Person', name: a.name, url: `${siteUrl}/author/${a.slug}` })),
    publisher: { '@type': 'NewsMediaOrganization', name: publicationName, url: siteUrl },
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
