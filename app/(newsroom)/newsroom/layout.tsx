import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/actor';
import { publicationName } from '@/lib/site';

export const dynamic = 'force-dynamic';

/**
 * The newsroom shell. It sends signed-out visitors to sign in and readers away early; each page's service
 * still checks the actor itself, which is what protects the data.
 */
export default async function NewsroomLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor('/newsroom');
  return (
    <>
      <header className="border-b border-neutral-200 dark:border-neutral-800">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <p className="font-serif text-xl font-bold">
            <Link href="/">{publicationName}</Link> <span className="font-sans text-sm font-normal">· Newsroom</span>
          </p>
          <nav aria-label="Newsroom" className="flex gap-4 text-sm">
            <Link href="/newsroom">Stories</Link>
            <Link href="/newsroom/profile">Profile</Link>
            {actor.role === 'editor' || actor.role === 'admin' ? (
              <>
                <Link href="/newsroom/errors">Error reports</Link>
                <Link href="/newsroom/moderation">Moderation</Link>
                <Link href="/newsroom/users">Users</Link>
              </>
            ) : null}
            <Link href="/account">{actor.name}</Link>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {actor.role === 'reader' ? <p>The newsroom is for the publication’s staff.</p> : children}
      </main>
    </>
  );
}
