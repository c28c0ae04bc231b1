import type { Metadata } from 'next';
import { AccountForms } from '@/components/account/account-forms';
import { QueryProvider } from '@/components/providers/query-provider';
import { EmailPreferencesForm, VerifyAddressNotice } from '@/components/account/email-settings';
import { NewsletterChoices } from '@/components/account/newsletter-choices';
import { readEmailPreferences } from '@/lib/accounts/email-preferences';
import { accountNewsletters } from '@/lib/newsletters/subscriptions';
import { requirePageActor } from '@/lib/auth/actor';
import { mailEnabled } from '@/lib/mail/mail-config';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Your account', robots: { index: false } };

export default async function AccountPage() {
  const actor = await requirePageActor('/account');
  const canEmail = mailEnabled();
  const [emails, lists] = canEmail ? await Promise.all([readEmailPreferences(actor), accountNewsletters(actor)]) : [null, []];
  // The email switches write through TanStack Query mutations, as every client write does.
  return (
    <QueryProvider>
      <div className="mx-auto max-w-lg space-y-8 py-4">
        <h1 className="font-serif text-3xl font-bold">Your account</h1>
        {actor.banned && (
          <p role="status" className="rounded bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
            Your account is suspended: you can read, but not comment or change your details.
          </p>
        )}
        {canEmail && !actor.emailVerified && <VerifyAddressNotice email={actor.email} />}
        <AccountForms account={{ name: actor.name, email: actor.email, role: actor.role }} />
        {emails && (
          <section id="emails" aria-labelledby="emails-heading" className="scroll-mt-24 space-y-3 rounded border border-neutral-200 p-4 dark:border-neutral-800">
            <h2 id="emails-heading" className="font-semibold">
              Emails
            </h2>
            <p className="text-sm">Email me:</p>
            <EmailPreferencesForm initial={emails} />
            {lists.length > 0 && (
              <>
                <h3 className="pt-2 text-sm font-semibold">Newsletters</h3>
                <NewsletterChoices initial={lists} />
              </>
            )}
          </section>
        )}
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
    </QueryProvider>
  );
}
