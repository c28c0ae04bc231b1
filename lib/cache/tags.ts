/**
 * Server cache tags: every cached read is tagged with what it shows, so a write expires exactly that. Pages
 * rendered from these reads carry the same tags, so the page cache expires with them. Slugs, not ids: a page
 * is found by its slug, and the tags must be known before the read.
 *
 * Publishing or editing article X (section S, tags T…, authors A…) expires: article(X), front, section(S),
 * tag(T…), author(A…), feeds and sitemap. Related-story widgets elsewhere refresh within `RELATED_TTL`.
 */
export const cacheTags = {
  /** The publication's settings (name, about, dates, navigation, images) and whether it is set up: every page. */
  site: 'site',
  /** The list of published pages (footer, sitemap); a page's own content is tagged `article(slug)`. */
  pages: 'pages',
  front: 'front',
  article: (slug: string) => `article:${slug}`,
  section: (slug: string) => `section:${slug}`,
  /** Section names, slugs, order and visibility: the navigation, and every list that names a story's section. */
  sections: 'sections',
  tag: (slug: string) => `tag:${slug}`,
  author: (slug: string) => `author:${slug}`,
  comments: (articleId: number) => `comments:${articleId}`,
  /** Every thread at once: a change to the moderation settings shows in all of them. */
  allComments: 'comments',
  /** The moderation queues' counts: anything that adds, decides or reports a comment. */
  moderationQueues: 'moderation-queues',
  /** A user's role, ban, name and session version as the actor check reads them. */
  user: (id: number) => `user:${id}`,
  /** Whether one session was signed out. */
  session: (sid: string) => `session:${sid}`,
  /** The newsletters readers can subscribe to: the sign-up boxes under stories and on the front page. */
  newsletters: 'newsletters',
  /** "Most read": refreshed each time the counted views are written. */
  mostRead: 'most-read',
  /** The breaking-news banner every page loads (/api/banner). */
  banner: 'banner',
  feeds: 'feeds',
  sitemap: 'sitemap',
  search: 'search',
} as const;

/** Seconds the related-stories widget may lag behind newly published stories. */
export const RELATED_TTL = 600;
