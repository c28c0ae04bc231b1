'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useActionState } from 'react';
import { Button, TextField } from '@/components/ui/controls';
import { submitTo } from '@/components/ui/submit-action';
import type { AccountDto } from '@/lib/accounts/account-dto';
import { fetchJson, formFailure, jsonRequest } from '@/lib/http/fetch-json';

type Outcome = { error: string; fields?: Record<string, string> } | 'done' | null;

/** The first run: the publication's name and its first admin, who is signed in and taken to the settings. */
export function SetupForm({ token }: { token: string }) {
  const router = useRouter();
  const [outcome, submit, pending] = useActionState(async (_: Outcome, form: FormData): Promise<Outcome> => {
    const text = (name: string) => String(form.get(name) ?? '');
    const admin = { name: text('name'), email: text('email'), password: text('password') };
    try {
      await fetchJson<{ account: AccountDto }>('/api/setup', jsonRequest('POST', { token: text('token'), publicationName: text('publicationName'), admin }));
      await signIn('credentials', { email: admin.email, password: admin.password, redirect: false });
    } catch (err) {
      return formFailure(err, 'The site could not be set up. Please try again.');
    }
    router.replace('/newsroom/settings');
    return 'done';
  }, null);
  const failure = outcome === 'done' ? null : outcome;
  // The server names nested fields "admin.email"; the form's fields are flat.
  const fields = Object.fromEntries(Object.entries(failure?.fields ?? {}).map(([k, v]) => [k.replace(/^admin\./, ''), v]));

  return (
    <form onSubmit={submitTo(submit)} className="space-y-4" noValidate>
      {failure && (
        <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950/50 dark:text-red-200">
          {failure.error}
        </p>
      )}
      {token ? (
        <input type="hidden" name="token" value={token} />
      ) : (
        <TextField label="Setup token" name="token" type="text" autoComplete="off" error={fields.token} hint="The token in the address the server printed when it started." />
      )}
      <TextField label="Publication name" name="publicationName" type="text" autoComplete="organization" error={fields.publicationName} hint="You can change it, and everything else, in the settings later." />
      <fieldset className="space-y-4 rounded border border-neutral-300 p-4 dark:border-neutral-700">
        <legend className="px-1 font-semibold">You, the first admin</legend>
        <TextField label="Your name" name="name" type="text" autoComplete="name" error={fields.name} />
        <TextField label="Email" name="email" type="email" autoComplete="email" error={fields.email} />
        <TextField label="Password" name="password" type="password" autoComplete="new-password" error={fields.password} hint="At least 10 characters, and not a common password." />
      </fieldset>
      <Button type="submit" variant="primary" disabled={pending || outcome === 'done'} className="w-full">
        {pending || outcome === 'done' ? 'Setting up…' : 'Set up the site'}
      </Button>
    </form>
  );
}
