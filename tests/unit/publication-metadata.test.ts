import { describe, expect, it } from 'vitest';
import { withPublication } from '@/lib/settings/publication-metadata';

const site = { publicationName: 'The Harbour Gazette', shareImage: { url: '/uploads/site/share-abc.jpg', width: 1200, height: 630 } };

describe('withPublication', () => {
  it('keeps the site’s name, feed and share image on a page that sets its own Open Graph and canonical', () => {
    const m = withPublication(site, { title: 'About', alternates: { canonical: '/about' }, openGraph: { type: 'website', title: 'About' } });
    expect(m.openGraph).toEqual({ siteName: 'The Harbour Gazette', type: 'website', title: 'About', images: [site.shareImage] });
    expect(m.alternates).toEqual({ canonical: '/about', types: { 'application/rss+xml': [{ url: '/feed.xml', title: 'The Harbour Gazette' }] } });
  });

  it('a story’s own picture wins over the share image, and its section’s feed joins the site’s', () => {
    const own = [{ url: '/uploads/media/x-1600.webp', width: 1600, height: 900, alt: 'Harbour' }];
    const m = withPublication(site, { openGraph: { type: 'article', images: own } }, { url: '/local/feed.xml', title: 'Local · The Harbour Gazette' });
    expect(m.openGraph).toMatchObject({ siteName: 'The Harbour Gazette', type: 'article', images: own });
    expect(m.alternates?.types?.['application/rss+xml']).toEqual([
      { url: '/feed.xml', title: 'The Harbour Gazette' },
      { url: '/local/feed.xml', title: 'Local · The Harbour Gazette' },
    ]);
  });

  it('without a share image and without a picture, no image is invented', () => {
    const m = withPublication({ ...site, shareImage: null }, { openGraph: { title: 'Politics', images: [] } });
    expect(m.openGraph).toEqual({ siteName: 'The Harbour Gazette', title: 'Politics', images: [] });
  });
});
