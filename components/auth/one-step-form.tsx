'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { Button } from '@/components/ui/controls';
import { submitTo } from '@/components/ui/submit-action';
import { fetchJson, formFailure, jsonRequest } from '@/lib/http/fetch-json';

type Outcome = { done: string } | { error: string; fields?: Record<string, string> } | Record<string, never>;

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
  const [state, submit, pending] = useActionState(async (_: Outcome, form: FormData): Promise<Outcome> => {
    const values = Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)]));
    try {
      return { done: (await fetchJson<{ message: string }>(action, jsonRequest('POST', { ...values, ...body }))).message };
    } catch (err) {
      return formFailure(err, 'Could not reach the server. Try again.');
    }
  }, {});

  if ('done' in state) {
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
  const failure = 'error' in state ? state : null;
  const fieldProblems = Object.entries(failure?.fields ?? {}).filter(([name]) => name !== 'token');
  return (
    <form onSubmit={submitTo(submit)} className="space-y-4" aria-label={label} noValidate>
      {failure && (
        <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950/50 dark:text-red-200">
          {failure.error}
          {fieldProblems.length > 0 && ` (${fieldProblems.map(([, problem]) => problem).join('; ')})`}
        </p>
      )}
      {children}
      <Button type="submit" variant="primary" disabled={pending} className="w-full">
        {pending ? pendingLabel : submitLabel}
      </Button>
    </form>
  );
}
