import { getFeedItems, getSectionRedirect, getSections } from '@/lib/articles/reads';
import { buildRss, rssResponse } from '@/lib/feeds/build-feed';
import { AppError } from '@/lib/http/errors';
import { slugParamSchema } from '@/lib/http/params';
import { route, otherMethods } from '@/lib/http/route';
import { getSiteSettings } from '@/lib/settings/site-settings';

export const dynamic = 'force-dynamic';

// GET /[section]/feed.xml – RSS of the newest stories in one section (a renamed section's old feed redirects)
export const GET = route<{ section: string }>('GET section feed', async (_request, { section: slug }) => {
  const section = (await getSections()).find((s) => s.slug === slug);
  if (!section) {
    const moved = slugParamSchema.safeParse(slug).success ? await getSectionRedirect(slug) : null;
    if (moved) return new Response(null, { status: 308, headers: { Location: `/${moved}/feed.xml` } });
    throw new AppError('not_found', 'Section was not found.');
  }
  const [site, items] = await Promise.all([getSiteSettings(), getFeedItems(section.id)]);
  return rssResponse(
    buildRss({
      site,
      title: `${section.name} · ${site.publicationName}`,
      description: section.description,
      path: `/${section.slug}`,
      feedPath: `/${section.slug}/feed.xml`,
      items,
    }),
  );
});

// Every other method: 405 with Allow and the JSON error shape.
export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
