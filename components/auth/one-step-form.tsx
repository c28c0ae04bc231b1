'use client';

import Link from 'next/link';
import { useState } from 'react';
import { fetchJson, formFailure, jsonRequest } from '@/lib/http/fetch-json';

type Props = {
  /** The API address the form POSTs to, as JSON: its fields' values, plus `body`. */
  action: string;
  body?: Record<string, string>;
  label: string;
  submitLabel: string;
  pendingLabel: string;
  /** Where to go once it worked (the server's answer says what happened). */
  next?: { href: string; label: string };
  children?: React.ReactNode;
};

/**
 * The account pages reached from an email (forgot password, reset, confirm an address, unsubscribe) are each
 * one form with one request: this is it, with the server's error message shown as it was sent.
 */
export function OneStepForm({ action, body, label, submitLabel, pendingLabel, next, children }: Props) {
  const [state, setState] = useState<{ pending?: boolean; error?: string; fields?: Record<string, string>; done?: string }>({});

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = Object.fromEntries([...new FormData(event.currentTarget).entries()].map(([k, v]) => [k, String(v)]));
    setState({ pending: true });
    try {
      const answer = await fetchJson<{ message: string }>(action, jsonRequest('POST', { ...values, ...body }));
      setState({ done: answer.message });
    } catch (err) {
      setState(formFailure(err, 'Could not reach the server. Try again.'));
    }
  }

  if (state.done) {
    return (
      <div role="status" className="space-y-3 rounded bg-emerald-50 p-4 text-emerald-950 dark:bg-emerald-950/40 dark:text-emerald-100">
        <p>{state.done}</p>
        {next && (
          <p>
            <Link href={next.href} className="font-medium underline">
              {next.label}
            </Link>
          </p>
        )}
      </div>
    );
  }
  const fieldProblems = Object.entries(state.fields ?? {}).filter(([name]) => name !== 'token');
  return (
    <form onSubmit={onSubmit} className="space-y-4" aria-label={label} noValidate>
      {state.error && (
        <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950/50 dark:text-red-200">
          {state.error}
          {fieldProblems.length > 0 && ` (${fieldProblems.map(([, problem]) => problem).join('; ')})`}
        </p>
      )}
      {children}
      <button type="submit" disabled={state.pending} className="w-full rounded bg-neutral-900 px-4 py-2 text-white disabled:opacity-60 dark:bg-neutral-100 dark:text-neutral-900">
        {state.pending ? pendingLabel : submitLabel}
      </button>
    </form>
  );
}
