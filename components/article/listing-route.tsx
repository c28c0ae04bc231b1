import type { Metadata } from 'next';
import { Picture } from '@/components/ui/picture';
import { notFound, permanentRedirect } from 'next/navigation';
import { findLegacyAddress } from '@/lib/articles/legacy-address';
import type { ReactNode } from 'react';
import type { ArticleCard } from '@/lib/articles/types';
import type { Paged } from '@/lib/http/pagination';
import { getAuthorPage, getSectionPage, getSectionRedirect, getTagPage, getTagRedirect } from '@/lib/articles/reads';
import { listingParams } from '@/lib/articles/listing-params';
import { safeHref } from '@/lib/articles/document';
import { withPublication } from '@/lib/settings/publication-metadata';
import { getSiteSettings } from '@/lib/settings/site-settings';
import { ListingPage } from './listing-page';
import { MostRead } from './most-read';

export type ListingKind = 'section' | 'tag' | 'author';

type Listing = {
  basePath: string;
  title: string;
  description: string;
  feed?: string;
  intro: ReactNode;
  articles: Paged<ArticleCard>;
};

/** Where a renamed section's or merged tag's old listing address now lives, or null. */
async function movedListing(kind: ListingKind, slug: string, page: number): Promise<string | null> {
  const moved = kind === 'section' ? await getSectionRedirect(slug) : kind === 'tag' ? await getTagRedirect(slug) : null;
  if (!moved) return null;
  const base = kind === 'section' ? `/${moved}` : `/tag/${moved}`;
  return page === 1 ? base : `${base}/page/${page}`;
}

type Found = (Listing & { page: number }) | { movedTo: string } | null;

/**
 * Finds a section, tag or author listing: null for unknown slugs and pages past the end, where a renamed
 * section's or tag's old address now lives. Never throws: only the page answers 404 or redirects (a 404 thrown
 * from metadata makes Next send a page that only a script can draw).
 */
async function findListing(kind: ListingKind, rawSlug: string, rest?: string[]): Promise<Found> {
  const params = listingParams(rawSlug, rest);
  if (!params) return null;
  const { slug, page } = params;
  let listing: Listing | null = null;
  if (kind === 'section') {
    const data = await getSectionPage(slug, page);
    if (data)
      listing = {
        basePath: `/${slug}`,
        title: data.section.name,
        description: data.section.description,
        feed: `/${slug}/feed.xml`,
        intro: <p className="story-dek">{data.section.description}</p>,
        articles: data.articles,
      };
  } else if (kind === 'tag') {
    const data = await getTagPage(slug, page);
    if (data)
      listing = {
        basePath: `/tag/${slug}`,
        title: data.tag.name,
        description: `Stories tagged “${data.tag.name}”.`,
        intro: <p className="story-dek">Stories tagged “{data.tag.name}”.</p>,
        articles: data.articles,
      };
  } else {
    const data = await getAuthorPage(slug, page);
    if (data) {
      const a = data.author;
      listing = {
        basePath: `/author/${slug}`,
        title: a.name,
        description: a.shortBio,
        intro: (
          <div className="flex flex-col gap-4 sm:flex-row">
            {a.avatarUrl && <Picture src={a.avatarUrl} alt={`Portrait of ${a.name}`} width={112} height={112} className="h-28 w-28 rounded-full" />}
            <div className="space-y-2">
              {a.title && <p className="font-semibold">{a.title}</p>}
              <p className="max-w-2xl text-neutral-700 dark:text-neutral-300">{a.longBio || a.shortBio}</p>
              <p className="text-sm text-neutral-600 dark:text-neutral-400">
                {a.articleCount === 1 ? '1 story' : `${a.articleCount} stories`}
                {a.links.map((l) => {
                  const href = safeHref(l.url);
                  return href ? (
                    <a key={l.url} href={href} rel="me noopener" className="ml-3 underline">
                      {l.label}
                    </a>
                  ) : null;
                })}
              </p>
            </div>
          </div>
        ),
        articles: data.articles,
      };
    }
  }
  if (!listing) {
    const moved = await movedListing(kind, slug, page);
    return moved ? { movedTo: moved } : null;
  }
  if (page > 1 && page > listing.articles.pageCount) return null;
  return { ...listing, page };
}

/** `rest`: the address's segments after the slug, none for the first page or `['page', 'N']`. */
export async function listingMetadata(kind: ListingKind, slug: string, rest?: string[]): Promise<Metadata> {
  const [l, site] = await Promise.all([findListing(kind, slug, rest), getSiteSettings()]);
  if (!l || 'movedTo' in l) return {};
  const path = l.page === 1 ? l.basePath : `${l.basePath}/page/${l.page}`;
  return withPublication(
    site,
    {
      title: l.page === 1 ? l.title : `${l.title}, page ${l.page}`,
      description: l.description,
      alternates: { canonical: path },
      openGraph: { title: l.title, description: l.description, url: path, type: kind === 'author' ? 'profile' : 'website' },
    },
    l.feed ? { url: l.feed, title: `${l.title} · ${site.publicationName}` } : undefined,
  );
}

export async function ListingRoute({ kind, slug, rest }: { kind: ListingKind; slug: string; rest?: string[] }) {
  const l = await findListing(kind, slug, rest);
  if (!l) {
    // No section here: maybe an imported story's old address (WordPress's `/slug/` permalinks).
    const movedTo = kind === 'section' && !rest?.length ? await findLegacyAddress(`/${slug}`) : null;
    if (movedTo) permanentRedirect(movedTo);
    notFound();
  }
  if ('movedTo' in l) permanentRedirect(l.movedTo);
  return (
    <>
      <ListingPage heading={l.title} intro={l.intro} articles={l.articles} basePath={l.basePath} />
      {kind === 'section' && <MostRead section={l.basePath.slice(1)} className="mt-12" />}
    </>
  );
}

type ListingProps<P extends string> = { params: Promise<Record<P, string> & { rest?: string[] }> };

/**
 * A tag's or author's listing route, `/{kind}/{slug}` and `/{kind}/{slug}/page/N` in one optional catch-all:
 * its metadata and its page, reading the slug from the route's `param`.
 */
export function listingRoute<P extends string>(kind: ListingKind, param: P) {
  return {
    generateMetadata: async ({ params }: ListingProps<P>) => {
      const p = await params;
      return listingMetadata(kind, p[param], p.rest);
    },
    Page: async ({ params }: ListingProps<P>) => {
      const p = await params;
      return <ListingRoute kind={kind} slug={p[param]} rest={p.rest} />;
    },
  };
}
