import Link from 'next/link';
import { SiteHeader } from '@/components/layout/site-header';
import { SiteFooter } from '@/components/layout/site-footer';

export default function NotFound() {
  return (
    <>
      <SiteHeader sections={[]} />
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
      <SiteFooter />
    </>
  );
}
