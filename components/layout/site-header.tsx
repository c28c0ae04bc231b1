import Link from 'next/link';
import { AccountMenu } from '@/components/auth/account-menu';
import { publicationName } from '@/lib/site';

/** Masthead and section navigation; `sections` is empty where the database is not read (the global 404). */
export function SiteHeader({ sections }: { sections: { slug: string; name: string }[] }) {
  return (
    <header className="border-b border-neutral-200 dark:border-neutral-800">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-4">
        <Link href="/" className="font-serif text-2xl font-bold tracking-tight sm:text-3xl">
          {publicationName}
        </Link>
        <div className="flex flex-wrap items-center gap-4">
        <form action="/search" role="search" className="flex gap-2">
          <label htmlFor="site-search" className="sr-only">
            Search stories
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            placeholder="Search stories"
            className="w-40 rounded border border-neutral-400 bg-transparent px-2 py-1 text-sm sm:w-56 dark:border-neutral-600"
          />
          <button type="submit" className="rounded bg-neutral-900 px-3 py-1 text-sm text-white dark:bg-neutral-100 dark:text-neutral-900">
            Search
          </button>
        </form>
        <AccountMenu />
        </div>
      </div>
      {sections.length > 0 && (
        <nav aria-label="Sections" className="border-t border-neutral-200 dark:border-neutral-800">
          <ul className="mx-auto flex max-w-6xl gap-4 overflow-x-auto px-4 py-2 text-sm font-medium">
            {sections.map((s) => (
              <li key={s.slug}>
                <Link href={`/${s.slug}`} className="whitespace-nowrap hover:underline">
                  {s.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
