import type { Metadata } from 'next';
import Link from 'next/link';
import { OneStepForm } from '@/components/auth/one-step-form';
import { TextField } from '@/components/ui/controls';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Choose a new password', robots: { index: false }, referrer: 'no-referrer' };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

/** Opened from the reset email; the token stays in the address only (no-referrer: it is never sent onwards). */
export default async function ResetPasswordPage({ searchParams }: Props) {
  const { token } = await searchParams;
  return (
    <div className="mx-auto max-w-sm space-y-6 py-8">
      <h1 className="font-serif text-3xl font-bold">Choose a new password</h1>
      {typeof token === 'string' && token ? (
        <OneStepForm
          action="/api/account/password-reset/confirm"
          body={{ token }}
          label="Choose a new password"
          submitLabel="Set my new password"
          pendingLabel="Saving…"
          next={{ href: '/sign-in', label: 'Sign in' }}
        >
          <TextField label="New password" name="password" type="password" autoComplete="new-password" hint="At least 10 characters, and not a common password. Every device signed in to your account is signed out." />
        </OneStepForm>
      ) : (
        <p className="text-sm">
          This link is incomplete. Open the link from the email again, or <Link href="/forgot-password" className="underline">ask for a new one</Link>.
        </p>
      )}
    </div>
  );
}
