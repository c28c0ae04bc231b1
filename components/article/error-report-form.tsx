'use client';

import { useState } from 'react';
import { ApiError, failureText, fetchJson, jsonRequest } from '@/lib/http/fetch-json';

/**
 * "Report an error in this article": a short note that lands in the editors' inbox. The page is cached for
 * everyone, so it cannot know who is signed in; a signed-out reader learns it on sending, with a way to sign in.
 */
export function ErrorReportForm({ slug }: { slug: string }) {
  const [body, setBody] = useState('');
  const [state, setState] = useState<'idle' | 'sending' | 'sent' | 'signed-out'>('idle');
  const [error, setError] = useState<string | null>(null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setState('sending');
    setError(null);
    try {
      await fetchJson(`/api/articles/${slug}/error-reports`, jsonRequest('POST', { body }));
      setState('sent');
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return setState('signed-out');
      setError(failureText(e, 'Could not reach the server; try again.', 'body'));
      setState('idle');
    }
  }

  return (
    <details className="mt-8 text-sm">
      <summary className="cursor-pointer underline">Report an error in this article</summary>
      {state === 'sent' ? (
        <p role="status" className="mt-2">
          Thank you. The editors will check it; corrections are listed at the top of the story.
        </p>
      ) : state === 'signed-out' ? (
        <p role="status" className="mt-2">
          <a className="underline" href={`/sign-in?callbackUrl=${encodeURIComponent(window.location.pathname)}`}>
            Sign in
          </a>{' '}
          to send a report to the editors.
        </p>
      ) : (
        <form onSubmit={submit} className="mt-2 space-y-2">
          <label className="block">
            <span className="font-semibold">What is wrong, and how do you know?</span>
            <textarea
              required
              minLength={10}
              maxLength={2000}
              rows={3}
              value={body}
              onChange={(e) => setBody(e.target.value)}
              className="mt-1 w-full rounded border border-neutral-400 bg-transparent p-2 dark:border-neutral-600"
            />
          </label>
          {error && (
            <p role="alert" className="text-red-700 dark:text-red-400">
              {error}
            </p>
          )}
          <button type="submit" disabled={state === 'sending'} className="rounded bg-neutral-900 px-3 py-1.5 font-semibold text-white disabled:opacity-50 dark:bg-neutral-100 dark:text-neutral-900">
            Send to the editors
          </button>
        </form>
      )}
    </details>
  );
}
