import type { NavLink as Item } from '@/lib/settings/site-settings-schema';

/** A menu entry from the settings: a link on this site, or one leaving it (without handing it this window). */
export function NavLink({ link, className }: { link: Item; className?: string }) {
  return (
    <a href={link.url} rel={link.url.startsWith('/') ? undefined : 'noopener'} className={className}>
      {link.label}
    </a>
  );
}
