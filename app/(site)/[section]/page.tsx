import type { Metadata } from 'next';
import { permanentRedirect } from 'next/navigation';
import { ListingRoute, listingMetadata } from '@/components/article/listing-route';
import { PageView } from '@/components/pages/page-view';
import { getPage, getSections } from '@/lib/articles/reads';
import { slugParamSchema } from '@/lib/http/params';
import { withPublication } from '@/lib/settings/publication-metadata';
import { getSiteSettings } from '@/lib/settings/site-settings';

export const revalidate = 600;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ section: string }> };

/** Sections and pages share the top level (`/local`, `/about`): a section's slug wins, then a page's. */
async function pageAt(slug: string) {
  if (!slugParamSchema.safeParse(slug).success) return null;
  if ((await getSections()).some((s) => s.slug === slug)) return null;
  return getPage(slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = (await params).section;
  const found = await pageAt(slug);
  if (found && 'redirectTo' in found) return {};
  if (found) {
    const { page } = found;
    return withPublication(await getSiteSettings(), {
      title: page.title,
      description: page.dek || undefined,
      alternates: { canonical: page.url },
      openGraph: { type: 'website', title: page.title, description: page.dek || undefined, url: page.url, ...(page.hero && { images: [{ url: page.hero.url, alt: page.hero.alt }] }) },
    });
  }
  return listingMetadata('section', slug);
}

export default async function Page({ params }: Props) {
  const slug = (await params).section;
  const found = await pageAt(slug);
  if (found && 'redirectTo' in found) permanentRedirect(found.redirectTo);
  if (found) return <PageView page={found.page} />;
  return <ListingRoute kind="section" slug={slug} />;
}
