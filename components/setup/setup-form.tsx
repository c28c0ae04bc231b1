'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Field } from '@/components/auth/sign-in-form';
import type { AccountDto } from '@/lib/accounts/account-dto';
import { ApiError, fetchJson, jsonRequest } from '@/lib/http/fetch-json';

/** The first run: the publication's name and its first admin, who is signed in and taken to the settings. */
export function SetupForm({ token }: { token: string }) {
  const router = useRouter();
  const [error, setError] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '');
    const admin = { name: text('name'), email: text('email'), password: text('password') };
    setPending(true);
    setError('');
    setFields({});
    try {
      await fetchJson<{ account: AccountDto }>('/api/setup', jsonRequest('POST', { token: text('token'), publicationName: text('publicationName'), admin }));
      await signIn('credentials', { email: admin.email, password: admin.password, redirect: false });
      router.replace('/newsroom/settings');
    } catch (err) {
      setPending(false);
      if (err instanceof ApiError) {
        setError(err.message);
        // The server names nested fields "admin.email"; the form's fields are flat.
        setFields(Object.fromEntries(Object.entries(err.fields ?? {}).map(([k, v]) => [k.replace(/^admin\./, ''), v])));
      } else setError('The site could not be set up. Please try again.');
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error && (
        <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950/50 dark:text-red-200">
          {error}
        </p>
      )}
      {token ? (
        <input type="hidden" name="token" value={token} />
      ) : (
        <Field label="Setup token" name="token" type="text" autoComplete="off" error={fields.token} hint="The token in the address the server printed when it started." />
      )}
      <Field label="Publication name" name="publicationName" type="text" autoComplete="organization" error={fields.publicationName} hint="You can change it, and everything else, in the settings later." />
      <fieldset className="space-y-4 rounded border border-neutral-300 p-4 dark:border-neutral-700">
        <legend className="px-1 font-semibold">You, the first admin</legend>
        <Field label="Your name" name="name" type="text" autoComplete="name" error={fields.name} />
        <Field label="Email" name="email" type="email" autoComplete="email" error={fields.email} />
        <Field label="Password" name="password" type="password" autoComplete="new-password" error={fields.password} hint="At least 10 characters, and not a common password." />
      </fieldset>
      <button type="submit" disabled={pending} className="w-full rounded bg-neutral-900 px-4 py-2 text-white disabled:opacity-60 dark:bg-neutral-100 dark:text-neutral-900">
        {pending ? 'Setting up…' : 'Set up the site'}
      </button>
    </form>
  );
}
