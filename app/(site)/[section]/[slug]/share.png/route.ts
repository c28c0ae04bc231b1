import { getArticle } from '@/lib/articles/reads';
import { renderShareImage } from '@/lib/articles/share-image';
import { notFound } from '@/lib/http/errors';
import { slugParamSchema } from '@/lib/http/params';
import { otherMethods, route } from '@/lib/http/route';
import { getSiteSettings } from '@/lib/settings/site-settings';

export const dynamic = 'force-dynamic';

/** A day: the address carries the story's last change (`?v=`), so a new headline is a new address. */
const MAX_AGE = 86_400;

// GET /{section}/{slug}/share.png – the 1200×630 picture social networks show for a story without a photo
export const GET = route<{ section: string; slug: string }>('GET share image', async (_request, { section, slug }) => {
  if (!slugParamSchema.safeParse(slug).success) throw notFound('Story');
  const [found, site] = await Promise.all([getArticle(slug), getSiteSettings()]);
  if (!found || !('article' in found) || found.article.section.slug !== section) throw notFound('Story');
  const png = await renderShareImage({ publicationName: site.publicationName, section: found.article.section.name, headline: found.article.headline });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png', 'Cache-Control': `public, max-age=${MAX_AGE}, s-maxage=${MAX_AGE}` } });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
