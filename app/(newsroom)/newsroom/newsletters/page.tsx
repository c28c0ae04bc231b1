import type { Metadata } from 'next';
import Link from 'next/link';
import { NewslettersManager } from '@/components/newsletters/newsletters-manager';
import { requirePageActor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/permissions';
import { AppError } from '@/lib/http/errors';
import { forPage } from '@/lib/http/page-call';
import { mailEnabled } from '@/lib/mail/mail-config';
import { sendableNewsletters } from '@/lib/newsletters/issues';
import { readNewsletterDesk } from '@/lib/newsletters/manage-newsletters';

export const metadata: Metadata = { title: 'Newsletters', robots: { index: false } };

/** The publication's newsletters: editors open a list to write and send its issues; admins also manage the lists. */
export default async function NewslettersPage() {
  const actor = await requirePageActor('/newsroom/newsletters');
  const lists = await forPage(() => sendableNewsletters(actor));
  if (lists instanceof AppError) return <p role="alert">{lists.message}</p>;
  const desk = can(actor.role, 'newsletter:manage') ? await forPage(() => readNewsletterDesk(actor)) : null;
  return (
    <div className="max-w-4xl space-y-6">
      <h1 className="font-serif text-3xl font-bold">Newsletters</h1>
      {!mailEnabled() && (
        <p role="status" className="rounded bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
          This site cannot send email (EMAIL_SERVER is not set), so readers are not offered the newsletters and nothing can be sent.
        </p>
      )}
      <section aria-labelledby="issues-heading" className="space-y-2">
        <h2 id="issues-heading" className="text-xl font-bold">
          Issues and alerts
        </h2>
        {lists.length === 0 ? (
          <p>No newsletter yet.</p>
        ) : (
          <ul className="list-disc pl-6">
            {lists.map((l) => (
              <li key={l.slug}>
                <Link href={`/newsroom/newsletters/${l.slug}`} className="underline">
                  {l.name}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      {desk && !(desk instanceof AppError) && (
        <section aria-labelledby="lists-heading" className="space-y-2">
          <h2 id="lists-heading" className="text-xl font-bold">
            Lists
          </h2>
          <p>Readers sign up under every story and on the front page (the first list here), on each list’s page (/newsletters/address) and on their account page. Every address confirms by email before anything is sent to it.</p>
          <NewslettersManager initial={desk} />
        </section>
      )}
    </div>
  );
}
