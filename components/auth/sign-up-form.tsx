'use client';

import { signIn } from 'next-auth/react';
import Link from 'next/link';
import { useActionState } from 'react';
import { Button, TextField } from '@/components/ui/controls';
import { submitTo } from '@/components/ui/submit-action';
import type { AccountDto } from '@/lib/accounts/account-dto';
import { fetchJson, formFailure, jsonRequest } from '@/lib/http/fetch-json';

type Outcome = { error: string; fields?: Record<string, string> } | 'done' | null;

/** Creates the account through POST /api/account, signs the reader in with it, and goes back where they were. */
export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const [outcome, submit, pending] = useActionState(async (_: Outcome, form: FormData): Promise<Outcome> => {
    const body = { name: String(form.get('name') ?? ''), email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') };
    try {
      await fetchJson<{ account: AccountDto }>('/api/account', jsonRequest('POST', body));
      await signIn('credentials', { email: body.email, password: body.password, redirect: false });
    } catch (err) {
      return formFailure(err, 'The account could not be created. Please try again.');
    }
    window.location.assign(callbackUrl);
    return 'done';
  }, null);
  const failure = outcome === 'done' ? null : outcome;
  const fields = failure?.fields ?? {};

  return (
    <form onSubmit={submitTo(submit)} className="space-y-4" noValidate>
      {failure && (
        <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950/50 dark:text-red-200">
          {failure.error}
        </p>
      )}
      <TextField label="Name" name="name" type="text" autoComplete="name" error={fields.name} hint="Shown with your comments." />
      <TextField label="Email" name="email" type="email" autoComplete="email" error={fields.email} />
      <TextField label="Password" name="password" type="password" autoComplete="new-password" error={fields.password} hint="At least 10 characters, and not a common password." />
      <Button type="submit" variant="primary" disabled={pending || outcome === 'done'} className="w-full">
        {pending || outcome === 'done' ? 'Creating your account…' : 'Create account'}
      </Button>
      <p className="text-sm">
        Already have an account?{' '}
        <Link href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
