import 'server-only';
import { cachedRead } from '@/lib/cache/cached';
import { cacheTags, RELATED_TTL } from '@/lib/cache/tags';
import { listPublishedPages, readPage } from '@/lib/pages/read-page';
import { readArticle } from './article';
import { listFeedItems } from './cards';
import {
  listNewsSitemap,
  listSitemapChunks,
  listSitemapStories,
  listSections,
  readAuthorPage,
  readBylines,
  readFrontPage,
  readSectionPage,
  readSectionRedirect,
  readTagPage,
  readTagRedirect,
} from './listings';
import { readRelated } from './read-related';

/**
 * The cached reads pages use; each is tagged with what it shows (see lib/cache/tags.ts). Every read that
 * names a story's section also carries `sections`, so renaming one refreshes them all.
 */
const { sections } = cacheTags;
export const getFrontPage = cachedRead('front', readFrontPage, () => [cacheTags.front, sections], 300);
export const getSections = cachedRead('sections', listSections, () => [sections]);
export const getSectionRedirect = cachedRead('section-redirect', readSectionRedirect, () => [sections]);
export const getArticle = cachedRead('article', readArticle, (slug) => [cacheTags.article(slug), sections]);
export const getPage = cachedRead('page', readPage, (slug) => [cacheTags.article(slug)]);
export const getPublishedPages = cachedRead('pages', listPublishedPages, () => [cacheTags.pages]);
export const getRelated = cachedRead(
  'related',
  (articleId: number, sectionId: number) => readRelated(articleId, sectionId, 4),
  () => [sections],
  RELATED_TTL,
);
export const getBylines = cachedRead(
  'bylines',
  (slugs: string) => readBylines(slugs.split(',')),
  (slugs) => slugs.split(',').map(cacheTags.author),
);
export const getSectionPage = cachedRead('section', readSectionPage, (slug) => [cacheTags.section(slug), sections]);
export const getTagPage = cachedRead('tag', readTagPage, (slug) => [cacheTags.tag(slug), sections]);
export const getTagRedirect = cachedRead('tag-redirect', readTagRedirect, (slug) => [cacheTags.tag(slug)]);
export const getAuthorPage = cachedRead('author', readAuthorPage, (slug) => [cacheTags.author(slug), sections]);
export const getFeedItems = cachedRead('feed', listFeedItems, () => [cacheTags.feeds, sections], 600);
export const getSitemapChunks = cachedRead('sitemap-chunks', () => listSitemapChunks(), () => [cacheTags.sitemap], 3600);
export const getSitemapStories = cachedRead('sitemap-stories', (chunk: number) => listSitemapStories(chunk), () => [cacheTags.sitemap, sections], 3600);
/** Five minutes at most: stories leave it as they pass two days old. */
export const getNewsSitemap = cachedRead('news-sitemap', () => listNewsSitemap(), () => [cacheTags.sitemap, sections], 300);
