'use client';

import Link from 'next/link';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-4 px-4 py-16">
      <h1 className="font-serif text-4xl font-bold">Something went wrong</h1>
      <p>This page could not be shown just now. Please try again in a moment.</p>
      <p className="flex gap-4">
        <button type="button" onClick={reset} className="underline">
          Try again
        </button>
        <Link href="/" className="underline">
          Go to the front page
        </Link>
      </p>
    </main>
  );
}
