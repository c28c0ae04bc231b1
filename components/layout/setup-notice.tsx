import Link from 'next/link';

/** What every page shows until the site has its first admin: where the setup happens. */
export function SetupNotice() {
  return (
    <main id="main" className="mx-auto max-w-2xl space-y-4 px-4 py-16">
      <h1 className="font-serif text-4xl font-bold">This site is being set up</h1>
      <p>A new Broadsheet publication lives here, but nobody has set it up yet.</p>
      <p>
        If you run it, open the setup address printed in the server log when it started (it carries a one-time token), or go to{' '}
        <Link href="/setup" className="underline">
          the setup page
        </Link>{' '}
        and paste the token there.
      </p>
    </main>
  );
}
