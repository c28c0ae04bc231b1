import type { Metadata } from 'next';
import { AccountForms } from '@/components/account/account-forms';
import { requirePageActor } from '@/lib/auth/actor';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Your account', robots: { index: false } };

export default async function AccountPage() {
  const actor = await requirePageActor('/account');
  return (
    <div className="mx-auto max-w-lg space-y-8 py-4">
      <h1 className="font-serif text-3xl font-bold">Your account</h1>
      {actor.banned && (
        <p role="status" className="rounded bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
          Your account is suspended: you can read, but not comment or change your details.
        </p>
      )}
      <AccountForms account={{ name: actor.name, email: actor.email, role: actor.role }} />
      <section aria-labelledby="my-data-heading" className="space-y-3 rounded border border-neutral-200 p-4 dark:border-neutral-800">
        <h2 id="my-data-heading" className="font-semibold">
          Your data
        </h2>
        <p className="text-sm">Your account, your comments with the story each is on, your likes and your reports, in one file (JSON). Nothing about anyone else.</p>
        <a href="/api/account/export" download className="inline-block rounded bg-neutral-900 px-4 py-2 text-sm text-white dark:bg-neutral-100 dark:text-neutral-900">
          Download my data
        </a>
      </section>
    </div>
  );
}
