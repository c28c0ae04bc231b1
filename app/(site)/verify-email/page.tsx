import type { Metadata } from 'next';
import { OneStepForm } from '@/components/auth/one-step-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Confirm your email address', robots: { index: false }, referrer: 'no-referrer' };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

/**
 * Opened from the verification email. Confirming takes a press of the button, not the visit alone: mail
 * scanners that open every link must not confirm an address for someone who never asked.
 */
export default async function VerifyEmailPage({ searchParams }: Props) {
  const { token } = await searchParams;
  return (
    <div className="mx-auto max-w-sm space-y-6 py-8">
      <h1 className="font-serif text-3xl font-bold">Confirm your email address</h1>
      {typeof token === 'string' && token ? (
        <OneStepForm
          action="/api/account/email-verification/confirm"
          body={{ token }}
          label="Confirm your email address"
          submitLabel="Confirm my address"
          pendingLabel="Confirming…"
          next={{ href: '/account', label: 'Go to your account' }}
        />
      ) : (
        <p className="text-sm">This link is incomplete. Open the link from the email again, or send a new one from your account page.</p>
      )}
    </div>
  );
}
