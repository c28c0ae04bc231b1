import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SignupForm } from '@/components/newsletters/signup-form';
import { mailEnabled } from '@/lib/mail/mail-config';
import { getNewsletters } from '@/lib/newsletters/manage-newsletters';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ sent?: string; error?: string }> };

const PROBLEMS: Record<string, string> = {
  invalid_input: 'That does not look like an email address. Check it and try again.',
  rate_limited: 'Too many sign-ups from here for now. Try again in an hour.',
  unavailable: 'This site cannot send email at the moment, so it cannot take sign-ups.',
};

async function find(slug: string) {
  return (await getNewsletters()).find((n) => n.slug === slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const newsletter = await find((await params).slug);
  return { title: newsletter ? newsletter.name : 'Newsletter', robots: { index: false } };
}

/** A newsletter's own page: what it is, a sign-up form, and where a sign-up without JavaScript lands. */
export default async function NewsletterPage({ params, searchParams }: Props) {
  const [{ slug }, { sent, error }] = await Promise.all([params, searchParams]);
  const newsletter = await find(slug);
  if (!newsletter) notFound();
  return (
    <div className="mx-auto max-w-lg space-y-6 py-8">
      <h1 className="font-serif text-3xl font-bold">{newsletter.name}</h1>
      {newsletter.description && <p>{newsletter.description}</p>}
      {sent ? (
        <p role="status" className="rounded bg-emerald-50 p-4 text-emerald-950 dark:bg-emerald-950/40 dark:text-emerald-100">
          Check your inbox: we have sent a link to confirm your subscription. Nothing is sent to you until you open it.
        </p>
      ) : mailEnabled() ? (
        <>
          {error && (
            <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950/50 dark:text-red-200">
              {PROBLEMS[error] ?? 'The sign-up did not work. Try again.'}
            </p>
          )}
          <SignupForm slug={newsletter.slug} id="newsletter-email" />
        </>
      ) : (
        <p>This site cannot send email at the moment, so it cannot take sign-ups.</p>
      )}
    </div>
  );
}
