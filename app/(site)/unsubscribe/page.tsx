import type { Metadata } from 'next';
import Link from 'next/link';
import { OneStepForm } from '@/components/auth/one-step-form';
import { describeUnsubscribe } from '@/lib/mail/unsubscribe';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Unsubscribe', robots: { index: false }, referrer: 'no-referrer' };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

/** The footer link of a notification email: one button, no sign-in (mail programs POST to the API themselves). */
export default async function UnsubscribePage({ searchParams }: Props) {
  const { token } = await searchParams;
  const topic = await describeUnsubscribe(token);
  return (
    <div className="mx-auto max-w-sm space-y-6 py-8">
      <h1 className="font-serif text-3xl font-bold">Unsubscribe</h1>
      {topic && typeof token === 'string' ? (
        <>
          <p>Stop emails about {topic.label}?</p>
          <OneStepForm
            action={`/api/unsubscribe?token=${encodeURIComponent(token)}`}
            label="Unsubscribe"
            submitLabel="Unsubscribe"
            pendingLabel="Unsubscribing…"
            next={{ href: '/account#emails', label: 'Choose your emails on your account page' }}
          />
        </>
      ) : (
        <p className="text-sm">
          This unsubscribe link is not valid. <Link href="/account#emails" className="underline">Choose your emails on your account page</Link> instead.
        </p>
      )}
    </div>
  );
}
