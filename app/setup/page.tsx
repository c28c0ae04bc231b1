import type { Metadata } from 'next';
import Link from 'next/link';
import { SetupForm } from '@/components/setup/setup-form';
import { readSetupNeeded } from '@/lib/setup/setup';

// Per request: it must know whether the site has its first admin yet.
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Set up your publication', robots: { index: false, follow: false } };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

/** First run: name the publication and create its first admin, with the token the server printed. */
export default async function SetupPage({ searchParams }: Props) {
  const needed = await readSetupNeeded();
  const { token } = await searchParams;
  return (
    <main id="main" className="mx-auto max-w-lg space-y-6 px-4 py-12">
      <h1 className="font-serif text-3xl font-bold">{needed ? 'Set up your publication' : 'This site is set up'}</h1>
      {needed ? (
        <>
          <p>
            Name your publication and create the first admin account. After that you choose its time zone, language, logo,
            sections and pages in the newsroom’s settings.
          </p>
          <SetupForm token={typeof token === 'string' ? token.slice(0, 200) : ''} />
        </>
      ) : (
        <p>
          It already has an admin.{' '}
          <Link href="/sign-in?callbackUrl=%2Fnewsroom" className="underline">
            Sign in
          </Link>{' '}
          or go to{' '}
          <Link href="/" className="underline">
            the front page
          </Link>
          .
        </p>
      )}
    </main>
  );
}
