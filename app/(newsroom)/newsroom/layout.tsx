import Link from 'next/link';
import { forbidden, redirect } from 'next/navigation';
import { QueryProvider } from '@/components/providers/query-provider';
import { requirePageActor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/permissions';
import { getSiteSettings } from '@/lib/settings/site-settings';
import { isSetupNeeded } from '@/lib/setup/setup';

export const dynamic = 'force-dynamic';

/**
 * The newsroom shell. It sends signed-out visitors to sign in and readers away early; each page's service
 * still checks the actor itself, which is what protects the data. A site nobody has set up goes to /setup.
 */
export default async function NewsroomLayout({ children }: { children: React.ReactNode }) {
  if (await isSetupNeeded()) redirect('/setup');
  const [actor, site] = await Promise.all([requirePageActor('/newsroom'), getSiteSettings()]);
  if (!can(actor.role, 'article:read-draft', true)) forbidden(); // readers: 403, the newsroom is for staff
  const links: { href: string; label: string; show: boolean }[] = [
    { href: '/newsroom', label: 'Stories', show: true },
    { href: '/newsroom/pages', label: 'Pages', show: can(actor.role, 'page:manage') },
    { href: '/newsroom/sections', label: 'Sections', show: can(actor.role, 'section:manage') },
    { href: '/newsroom/tags', label: 'Tags', show: can(actor.role, 'tag:manage') },
    { href: '/newsroom/errors', label: 'Error reports', show: can(actor.role, 'article:correct') },
    { href: '/newsroom/moderation', label: 'Moderation', show: can(actor.role, 'comment:moderate') },
    { href: '/newsroom/users', label: 'Users', show: can(actor.role, 'user:list') },
    { href: '/newsroom/settings', label: 'Site settings', show: can(actor.role, 'settings:edit') },
    { href: '/newsroom/banner', label: 'Banner', show: can(actor.role, 'banner:manage') },
    { href: '/newsroom/newsletters', label: 'Newsletters', show: can(actor.role, 'newsletter:send') },
    { href: '/newsroom/data', label: 'Data', show: can(actor.role, 'data:manage') },
    { href: '/newsroom/profile', label: 'Profile', show: true },
  ];
  return (
    <>
      <header className="border-b border-neutral-200 dark:border-neutral-800">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <p className="font-serif text-xl font-bold">
            <Link href="/">{site.publicationName}</Link> <span className="font-sans text-sm font-normal">· Newsroom</span>
          </p>
          <nav aria-label="Newsroom" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {links
              .filter((l) => l.show)
              .map((l) => (
                <Link key={l.href} href={l.href}>
                  {l.label}
                </Link>
              ))}
            <Link href="/account">{actor.name}</Link>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {/* The newsroom is an app: its lists, pickers and forms share one query cache. */}
        <QueryProvider>{children}</QueryProvider>
      </main>
    </>
  );
}
