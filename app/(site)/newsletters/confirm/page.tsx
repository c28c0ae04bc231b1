import type { Metadata } from 'next';
import { OneStepForm } from '@/components/auth/one-step-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Confirm your subscription', robots: { index: false }, referrer: 'no-referrer' };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

/** Opened from the confirmation email; a press of the button confirms (mail scanners open links, never press). */
export default async function ConfirmSubscriptionPage({ searchParams }: Props) {
  const { token } = await searchParams;
  return (
    <div className="mx-auto max-w-sm space-y-6 py-8">
      <h1 className="font-serif text-3xl font-bold">Confirm your subscription</h1>
      {typeof token === 'string' && token ? (
        <OneStepForm action="/api/newsletter-confirmations" body={{ token }} label="Confirm your subscription" submitLabel="Confirm my subscription" pendingLabel="Confirming…" next={{ href: '/', label: 'Read today’s stories' }} />
      ) : (
        <p className="text-sm">This link is incomplete. Open the link from the email again.</p>
      )}
    </div>
  );
}
