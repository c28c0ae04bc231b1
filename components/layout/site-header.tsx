import { Picture } from '@/components/ui/picture';
import { AccountMenu } from '@/components/auth/account-menu';
import type { SiteSettings } from '@/lib/settings/site-settings-schema';
import { NavLink } from './nav-link';
import { Button, Input } from '@/components/ui/controls';

type Props = {
  site: Pick<SiteSettings, 'publicationName' | 'tagline' | 'logo' | 'headerLinks'>;
  /** The sections in navigation order, hidden ones already left out; empty where the database is not read. */
  sections: { slug: string; name: string }[];
};

/** Masthead (the logo, or the name set in type), the tagline, search, the account menu and the navigation. */
export function SiteHeader({ site, sections }: Props) {
  const showNav = sections.length > 0 || site.headerLinks.length > 0;
  return (
    <header className="border-b border-neutral-200 dark:border-neutral-800">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-4">
        <div>
          <a href="/" className="font-serif text-2xl font-bold tracking-tight sm:text-3xl">
            {site.logo ? (
              <Picture src={site.logo.url} alt={site.publicationName} width={site.logo.width} height={site.logo.height} priority className="h-10 w-auto sm:h-12" unoptimized />
            ) : (
              site.publicationName
            )}
          </a>
          {site.tagline && <p className="text-sm text-neutral-600 dark:text-neutral-400">{site.tagline}</p>}
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <form action="/search" role="search" className="flex gap-2">
            <label htmlFor="site-search" className="sr-only">
              Search stories
            </label>
            <Input
              id="site-search"
              name="q"
              type="search"
              placeholder="Search stories"
              className="w-40 text-sm sm:w-56"
            />
            <Button type="submit" variant="primary" className="text-sm">
              Search
            </Button>
          </form>
          <AccountMenu />
        </div>
      </div>
      {showNav && (
        <nav aria-label="Sections" className="border-t border-neutral-200 dark:border-neutral-800">
          <ul className="mx-auto flex max-w-6xl gap-4 overflow-x-auto px-4 py-2 text-sm font-medium">
            {sections.map((s) => (
              <li key={s.slug}>
                <a href={`/${s.slug}`} className="whitespace-nowrap hover:underline">
                  {s.name}
                </a>
              </li>
            ))}
            {site.headerLinks.map((l) => (
              <li key={`${l.label}${l.url}`}>
                <NavLink link={l} className="whitespace-nowrap hover:underline" />
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
