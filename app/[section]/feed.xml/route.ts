import { getSections, getFeedItems } from '@/lib/articles/reads';
import { buildRss, rssResponse } from '@/lib/feeds/build-feed';
import { AppError } from '@/lib/http/errors';
import { route } from '@/lib/http/route';
import { publicationName } from '@/lib/site';

export const dynamic = 'force-dynamic';

// GET /[section]/feed.xml – RSS of the newest stories in one section
export const GET = route<{ section: string }>('GET section feed', async (_request, { section: slug }) => {
  const section = (await getSections()).find((s) => s.slug === slug);
  if (!section) throw new AppError('not_found', 'Section was not found.');
  const items = await getFeedItems(section.id);
  return rssResponse(
    buildRss({
      title: `${section.name} · ${publicationName}`,
      description: section.description,
      path: `/${section.slug}`,
      feedPath: `/${section.slug}/feed.xml`,
      items,
    }),
  );
});
