'use client';

import { signIn } from 'next-auth/react';
import Link from 'next/link';
import { useState } from 'react';
import { Button, TextField } from '@/components/ui/controls';

const MESSAGES: Record<string, string> = {
  CredentialsSignin: 'The email or password is not right. Check both and try again.',
  RateLimited: 'Too many failed attempts. Wait 15 minutes, then try again.',
};
const messageFor = (code: string) => MESSAGES[code] ?? 'Signing in did not work. Please try again.';

type Method = { id: string; name: string };

export function SignInForm({ callbackUrl, initialError, methods }: { callbackUrl: string; initialError?: string; methods: Method[] }) {
  const [error, setError] = useState(initialError ? messageFor(initialError) : '');
  const [pending, setPending] = useState(false);
  const [linkSent, setLinkSent] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError('');
    const result = await signIn('credentials', {
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
      redirect: false,
      callbackUrl,
    });
    setPending(false);
    if (!result || result.error) {
      setError(messageFor(result?.error ?? ''));
      return;
    }
    window.location.assign(callbackUrl);
  }

  const oauth = methods.filter((m) => m.id !== 'email');
  const emailLink = methods.some((m) => m.id === 'email');

  return (
    <div className="space-y-6">
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error && (
        <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950/50 dark:text-red-200">
          {error}
        </p>
      )}
      <TextField label="Email" name="email" type="email" autoComplete="email" />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" />
      <p className="text-sm">
        <Link href="/forgot-password" className="underline">
          Forgot password?
        </Link>
      </p>
      <Button type="submit" disabled={pending} variant="primary" className="w-full">
        {pending ? 'Signing in…' : 'Sign in'}
      </Button>
      <p className="text-sm">
        New here?{' '}
        <Link href={`/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="underline">
          Create an account
        </Link>
      </p>
    </form>
    {oauth.map((m) => (
      <button key={m.id} type="button" onClick={() => signIn(m.id, { callbackUrl })} className="w-full rounded border border-neutral-400 px-4 py-2 dark:border-neutral-600">
        Sign in with {m.name}
      </button>
    ))}
    {emailLink && (
      <form
        className="space-y-2"
        onSubmit={async (e) => {
          e.preventDefault();
          const email = String(new FormData(e.currentTarget).get('link-email') ?? '');
          await signIn('email', { email, callbackUrl, redirect: false });
          setLinkSent(true);
        }}
      >
        <TextField label="Or get a sign-in link by email" name="link-email" type="email" autoComplete="email" />
        <button type="submit" className="w-full rounded border border-neutral-400 px-4 py-2 dark:border-neutral-600">
          Email me a link
        </button>
        {linkSent && <p role="status" className="text-sm">If that address can sign in, a link is on its way.</p>}
      </form>
    )}
    </div>
  );
}
