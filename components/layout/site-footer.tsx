import type { PageLink } from '@/lib/pages/read-page';
import type { SiteSettings } from '@/lib/settings/site-settings-schema';
import { NavLink } from './nav-link';

type Props = {
  site: Pick<SiteSettings, 'publicationName' | 'tagline' | 'footerLinks' | 'socialLinks'>;
  /** Published pages (About, Contact…); empty where the database is not read. */
  pages: PageLink[];
};

/** The publication's pages, its own footer links, its profiles elsewhere and its name. */
export function SiteFooter({ site, pages }: Props) {
  const link = 'underline';
  return (
    <footer className="mt-16 border-t border-neutral-200 dark:border-neutral-800">
      <div className="mx-auto max-w-6xl space-y-3 px-4 py-8 text-sm text-neutral-600 dark:text-neutral-400">
        <nav aria-label="About the publication">
          <ul className="flex flex-wrap gap-x-4 gap-y-2">
            {pages.map((p) => (
              <li key={p.slug}>
                <a href={p.url} className={link}>
                  {p.title}
                </a>
              </li>
            ))}
            {site.footerLinks.map((l) => (
              <li key={`${l.label}${l.url}`}>
                <NavLink link={l} className={link} />
              </li>
            ))}
            <li>
              <a href="/feed.xml" className={link}>
                RSS
              </a>
            </li>
            <li>
              <a href="/search" className={link}>
                Search
              </a>
            </li>
          </ul>
        </nav>
        {site.socialLinks.length > 0 && (
          <ul aria-label="Follow us" className="flex flex-wrap gap-x-4 gap-y-2">
            {site.socialLinks.map((l) => (
              <li key={l.url}>
                <a href={l.url} rel="me noopener" className={link}>
                  {l.label}
                </a>
              </li>
            ))}
          </ul>
        )}
        <p>
          © {site.publicationName}
          {site.tagline && <span> · {site.tagline}</span>}
        </p>
      </div>
    </footer>
  );
}
