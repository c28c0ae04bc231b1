import Link from 'next/link';

/** What an unknown address says, wherever it is shown. */
export function NotFoundMessage() {
  return (
    <div className="mx-auto max-w-3xl space-y-4 py-10">
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
    </div>
  );
}
