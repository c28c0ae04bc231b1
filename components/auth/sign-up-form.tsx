'use client';

import { signIn } from 'next-auth/react';
import Link from 'next/link';
import { useState } from 'react';
import type { AccountDto } from '@/lib/accounts/account-dto';
import { ApiError, fetchJson, jsonRequest } from '@/lib/http/fetch-json';
import { Field } from './sign-in-form';

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = { name: String(form.get('name') ?? ''), email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') };
    setPending(true);
    setError('');
    setFields({});
    try {
      await fetchJson<{ account: AccountDto }>('/api/account', jsonRequest('POST', body));
      await signIn('credentials', { email: body.email, password: body.password, redirect: false });
      window.location.assign(callbackUrl);
    } catch (err) {
      setPending(false);
      if (err instanceof ApiError) {
        setError(err.message);
        setFields(err.fields ?? {});
      } else setError('The account could not be created. Please try again.');
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error && (
        <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950/50 dark:text-red-200">
          {error}
        </p>
      )}
      <Field label="Name" name="name" type="text" autoComplete="name" error={fields.name} hint="Shown with your comments." />
      <Field label="Email" name="email" type="email" autoComplete="email" error={fields.email} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        error={fields.password}
        hint="At least 10 characters, and not a common password."
      />
      <button type="submit" disabled={pending} className="w-full rounded bg-neutral-900 px-4 py-2 text-white disabled:opacity-60 dark:bg-neutral-100 dark:text-neutral-900">
        {pending ? 'Creating your account…' : 'Create account'}
      </button>
      <p className="text-sm">
        Already have an account?{' '}
        <Link href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
