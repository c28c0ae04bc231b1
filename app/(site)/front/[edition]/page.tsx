import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleCard } from '@/components/article/article-card';
import { MostRead } from '@/components/article/most-read';
import { NewsletterBox } from '@/components/newsletters/newsletter-box';
import { getFrontPage } from '@/lib/articles/reads';
import { jsonLdScript, organizationJsonLd } from '@/lib/articles/json-ld';
import { withPublication } from '@/lib/settings/publication-metadata';
import { getSiteSettings } from '@/lib/settings/site-settings';

// Served at "/" through a rewrite (next.config.js): cached at run time, expired by the `front` tag.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSiteSettings();
  return withPublication(site, {
    title: { absolute: site.tagline ? `${site.publicationName}: ${site.tagline}` : site.publicationName },
    alternates: { canonical: '/' },
  });
}

function RailHeading({ id, children }: { id: string; children: React.ReactNode }) {
  return (
    <h2 id={id} className="rail-heading">
      {children}
    </h2>
  );
}

export default async function FrontPage({ params }: { params: Promise<{ edition: string }> }) {
  if ((await params).edition !== 'home') notFound();
  const [front, site] = await Promise.all([getFrontPage(), getSiteSettings()]);
  const organization = <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(organizationJsonLd(site)) }} />;
  if (!front.lead) {
    return (
      <>
        {organization}
        <h1 className="sr-only">{site.publicationName}: front page</h1>
        <p>No stories have been published yet.</p>
      </>
    );
  }

  return (
    <div className="space-y-12">
      {organization}
      <h1 className="sr-only">{site.publicationName}: front page</h1>
      <section aria-label="Lead story">
        <ArticleCard card={front.lead} variant="lead" priority level={2} />
      </section>

      <section aria-labelledby="top-heading">
        <RailHeading id="top-heading">Top stories</RailHeading>
        <ul className="grid gap-8 sm:grid-cols-2 lg:grid-cols-4">
          {front.top.map((card) => (
            <li key={card.id}>
              <ArticleCard card={card} />
            </li>
          ))}
        </ul>
      </section>

      <div className="grid gap-12 lg:grid-cols-3">
        <section aria-labelledby="latest-heading" className="lg:col-span-2">
          <RailHeading id="latest-heading">Latest</RailHeading>
          <ul className="space-y-5">
            {front.latest.map((card) => (
              <li key={card.id}>
                <ArticleCard card={card} variant="compact" />
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="most-commented-heading">
          <RailHeading id="most-commented-heading">Most commented</RailHeading>
          <ol className="list-decimal space-y-4 pl-5">
            {front.mostCommented.map((card) => (
              <li key={card.id}>
                <ArticleCard card={card} variant="compact" />
              </li>
            ))}
          </ol>
          <MostRead className="mt-8" />
          <div className="mt-8">
            <NewsletterBox />
          </div>
        </section>
      </div>

      {front.rails.map(({ section, cards }) => (
        <section key={section.slug} aria-labelledby={`rail-${section.slug}`}>
          <RailHeading id={`rail-${section.slug}`}>
            <a href={`/${section.slug}`} className="hover:underline">
              {section.name}
            </a>
          </RailHeading>
          <ul className="grid gap-8 sm:grid-cols-2 lg:grid-cols-4">
            {cards.map((card) => (
              <li key={card.id}>
                <ArticleCard card={card} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
