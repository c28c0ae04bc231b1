import Link from 'next/link';
import { boilerplate, publicationName } from '@/lib/site';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-neutral-200 dark:border-neutral-800">
      <div className="mx-auto max-w-6xl space-y-3 px-4 py-8 text-sm text-neutral-600 dark:text-neutral-400">
        <p>{boilerplate}</p>
        <p className="flex flex-wrap gap-4">
          <span>© {publicationName}</span>
          <Link href="/feed.xml" className="underline">
            RSS
          </Link>
          <Link href="/search" className="underline">
            Search
          </Link>
        </p>
      </div>
    </footer>
  );
}
