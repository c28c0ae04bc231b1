'use client';

import { signIn } from 'next-auth/react';
import Link from 'next/link';
import { useState } from 'react';

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
      <Field label="Email" name="email" type="email" autoComplete="email" />
      <Field label="Password" name="password" type="password" autoComplete="current-password" />
      <p className="text-sm">
        <Link href="/forgot-password" className="underline">
          Forgot password?
        </Link>
      </p>
      <button type="submit" disabled={pending} className="w-full rounded bg-neutral-900 px-4 py-2 text-white disabled:opacity-60 dark:bg-neutral-100 dark:text-neutral-900">
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
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
        <Field label="Or get a sign-in link by email" name="link-email" type="email" autoComplete="email" />
        <button type="submit" className="w-full rounded border border-neutral-400 px-4 py-2 dark:border-neutral-600">
          Email me a link
        </button>
        {linkSent && <p role="status" className="text-sm">If that address can sign in, a link is on its way.</p>}
      </form>
    )}
    </div>
  );
}

export function Field(props: { label: string; name: string; type: string; autoComplete: string; error?: string; hint?: string; defaultValue?: string }) {
  const id = `field-${props.name}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {props.label}
      </label>
      <input
        id={id}
        name={props.name}
        type={props.type}
        autoComplete={props.autoComplete}
        defaultValue={props.defaultValue}
        required
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-error` : props.hint ? `${id}-hint` : undefined}
        className="w-full rounded border border-neutral-400 bg-transparent px-3 py-2 dark:border-neutral-600"
      />
      {props.hint && !props.error && (
        <p id={`${id}-hint`} className="text-xs text-neutral-600 dark:text-neutral-400">
          {props.hint}
        </p>
      )}
      {props.error && (
        <p id={`${id}-error`} className="text-sm text-red-700 dark:text-red-400">
          {props.error}
        </p>
      )}
    </div>
  );
}
