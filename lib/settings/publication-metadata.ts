import type { Metadata } from 'next';
import type { SiteSettings } from './site-settings-schema';

type Feed = { url: string; title: string };

/**
 * A page's metadata with what every page of the publication carries. Next merges metadata one key deep, so a
 * page that sets `openGraph` or `alternates` would drop the layout's: the site's name (`og:site_name`), the
 * default share image and the feed links. Every page that sets either goes through here.
 */
export function withPublication(site: Pick<SiteSettings, 'publicationName' | 'shareImage'>, metadata: Metadata, sectionFeed?: Feed): Metadata {
  const og = metadata.openGraph;
  const ownImages = og?.images && (!Array.isArray(og.images) || og.images.length > 0);
  const shareImage = site.shareImage && { url: site.shareImage.url, width: site.shareImage.width, height: site.shareImage.height };
  return {
    ...metadata,
    alternates: {
      ...metadata.alternates,
      types: { 'application/rss+xml': [{ url: '/feed.xml', title: site.publicationName }, ...(sectionFeed ? [sectionFeed] : [])] },
    },
    openGraph: {
      siteName: site.publicationName,
      ...og,
      ...(!ownImages && shareImage && { images: [shareImage] }),
    },
  };
}
