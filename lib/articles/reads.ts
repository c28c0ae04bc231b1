import 'server-only';
import { cachedRead } from '@/lib/cache/cached';
import { cacheTags, RELATED_TTL } from '@/lib/cache/tags';
import { readArticle } from './article';
import { listFeedItems } from './cards';
import { listForSitemap, listSections, readAuthorPage, readBylines, readFrontPage, readSectionPage, readTagPage } from './listings';
import { readRelated } from './read-related';

/** The cached reads pages use; each is tagged with what it shows (see lib/cache/tags.ts). */
export const getFrontPage = cachedRead('front', readFrontPage, () => [cacheTags.front], 300);
export const getSections = cachedRead('sections', listSections, () => [cacheTags.sections]);
export const getArticle = cachedRead('article', readArticle, (slug) => [cacheTags.article(slug)]);
export const getRelated = cachedRead(
  'related',
  (articleId: number, sectionId: number) => readRelated(articleId, sectionId, 4),
  () => [],
  RELATED_TTL,
);
export const getBylines = cachedRead(
  'bylines',
  (slugs: string) => readBylines(slugs.split(',')),
  (slugs) => slugs.split(',').map(cacheTags.author),
);
export const getSectionPage = cachedRead('section', readSectionPage, (slug) => [cacheTags.section(slug)]);
export const getTagPage = cachedRead('tag', readTagPage, (slug) => [cacheTags.tag(slug)]);
export const getAuthorPage = cachedRead('author', readAuthorPage, (slug) => [cacheTags.author(slug)]);
export const getFeedItems = cachedRead(
  'feed',
  listFeedItems,
  () => [cacheTags.feeds],
  600,
);
export const getSitemapEntries = cachedRead('sitemap', () => listForSitemap(50_000), () => [cacheTags.sitemap], 3600);

