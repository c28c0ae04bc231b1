import Link from 'next/link';

/**
 * A page the visitor may not see (403): the newsroom for a reader, an admin's page for an editor. Kept
 * synchronous and without the site's header: Next renders its 403 and 404 pages together, and an async one
 * here turns every 404 into a page rendered only in the browser.
 */
export default function Forbidden() {
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-4 px-4 py-16">
      <h1 className="font-serif text-4xl font-bold">Not open to you</h1>
      <p>The newsroom is for the publication’s staff.</p>
      <p>Some of its pages are for editors or admins only. If you think you should see this one, ask an admin.</p>
      <p className="flex gap-4">
        <Link href="/" className="underline">
          Go to the front page
        </Link>
        <Link href="/account" className="underline">
          Your account
        </Link>
      </p>
    </main>
  );
}
