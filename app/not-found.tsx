import Link from 'next/link';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { getSiteSettings } from '@/lib/settings/site-settings';

export default async function NotFound() {
  const site = await getSiteSettings();
  return (
    <>
      <SiteHeader site={site} sections={[]} />
      <main id="main" className="mx-auto max-w-3xl space-y-4 px-4 py-16">
        <h1 className="font-serif text-4xl font-bold">Page not found</h1>
        <p>We could not find that page. The story may have moved, or the address may be mistyped.</p>
        <p className="flex gap-4">
          <Link href="/" className="underline">
            Go to the front page
          </Link>
          <Link href="/search" className="underline">
            Search stories
          </Link>
        </p>
      </main>
      <SiteFooter site={site} pages={[]} />
    </>
  );
}
