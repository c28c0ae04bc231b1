import type { Metadata } from 'next';
import { NewslettersManager } from '@/components/newsletters/newsletters-manager';
import { requirePageActor } from '@/lib/auth/actor';
import { AppError } from '@/lib/http/errors';
import { forPage } from '@/lib/http/page-call';
import { mailEnabled } from '@/lib/mail/mail-config';
import { readNewsletterDesk } from '@/lib/newsletters/manage-newsletters';

export const metadata: Metadata = { title: 'Newsletters', robots: { index: false } };

/** The publication's newsletters (admins): each list, who sends it, and how many are on it. */
export default async function NewslettersPage() {
  const actor = await requirePageActor('/newsroom/newsletters');
  const newsletters = await forPage(() => readNewsletterDesk(actor));
  if (newsletters instanceof AppError) return <p role="alert">{newsletters.message}</p>;
  return (
    <div className="max-w-4xl space-y-6">
      <h1 className="font-serif text-3xl font-bold">Newsletters</h1>
      <p>Readers sign up under every story and on the front page (the first list here), on each list’s page (/newsletters/address) and on their account page. Every address confirms by email before anything is sent to it.</p>
      {!mailEnabled() && (
        <p role="status" className="rounded bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
          This site cannot send email (EMAIL_SERVER is not set), so readers are not offered the newsletters.
        </p>
      )}
      <NewslettersManager initial={newsletters} />
    </div>
  );
}
