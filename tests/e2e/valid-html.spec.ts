import { expect, test } from '@playwright/test';
import { htmlProblems } from './html-validity';

/**
 * The pages readers land on are valid HTML and tell feed readers and browsers where the feeds are: the site's everywhere, and the section's
 * on a section page and its stories.
 */
const SITE_FEED = '/feed.xml';

const PAGES: { name: string; path: string; feeds: string[] }[] = [
  { name: 'front page', path: '/', feeds: [SITE_FEED] },
  { name: 'section', path: '/world', feeds: [SITE_FEED, '/world/feed.xml'] },
  { name: 'story', path: '/politics/emergency-powers-bill-passes-second-reading-by-eleven-votes', feeds: [SITE_FEED, '/politics/feed.xml'] },
  { name: 'search', path: '/search?q=election', feeds: [SITE_FEED] },
  { name: 'tag', path: '/tag/parliament', feeds: [SITE_FEED] },
  { name: 'author', path: '/author/daniel-hartley', feeds: [SITE_FEED] },
  { name: 'page', path: '/about', feeds: [SITE_FEED] },
  { name: 'sign in', path: '/sign-in', feeds: [SITE_FEED] },
];

for (const page of PAGES) {
  test(`the ${page.name} is valid HTML and links its feeds`, async ({ request }) => {
    const res = await request.get(page.path);
    expect(res.status()).toBe(200);
    const html = await res.text();
    expect(await htmlProblems(html)).toEqual([]);
    const feeds = [...html.matchAll(/<link rel="alternate" type="application\/rss\+xml" href="([^"]+)"/g)].map((m) => new URL(m[1]!).pathname);
    expect(feeds).toEqual(page.feeds);
  });
}
