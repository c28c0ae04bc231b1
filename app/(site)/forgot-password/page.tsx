import type { Metadata } from 'next';
import { OneStepForm } from '@/components/auth/one-step-form';
import { TextField } from '@/components/ui/controls';
import { mailEnabled } from '@/lib/mail/mail-config';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Forgot your password?', robots: { index: false } };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-sm space-y-6 py-8">
      <h1 className="font-serif text-3xl font-bold">Forgot your password?</h1>
      {mailEnabled() ? (
        <>
          <p className="text-sm">Enter the address you signed up with. We will email it a link to choose a new password.</p>
          <OneStepForm action="/api/account/password-reset" label="Reset your password" submitLabel="Email me a link" pendingLabel="Sending…" next={{ href: '/sign-in', label: 'Back to sign in' }}>
            <TextField label="Email" name="email" type="email" autoComplete="email" />
          </OneStepForm>
        </>
      ) : (
        <p className="text-sm">This site cannot send email, so passwords are not reset by email here. Ask the publication’s editors for help.</p>
      )}
    </div>
  );
}
