import Link from 'next/link';
import type { NavLink as Item } from '@/lib/settings/site-settings-schema';

/** A menu entry from the settings: a Next link on this site, a plain link (leaving it) elsewhere. */
export function NavLink({ link, className }: { link: Item; className?: string }) {
  return link.url.startsWith('/') ? (
    <Link href={link.url} className={className}>
      {link.label}
    </Link>
  ) : (
    <a href={link.url} rel="noopener" className={className}>
      {link.label}
    </a>
  );
}
