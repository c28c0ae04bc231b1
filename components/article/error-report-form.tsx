'use client';

import { startTransition, useActionState, useState } from 'react';
import { ApiError, failureText, fetchJson, jsonRequest } from '@/lib/http/fetch-json';
import { Button, Textarea } from '@/components/ui/controls';

type Outcome = 'sent' | 'signed-out' | { error: string } | null;

/**
 * "Report an error in this article": a short note that lands in the editors' inbox. The page is cached for
 * everyone, so it cannot know who is signed in; a signed-out reader learns it on sending, with a way to sign in.
 */
export function ErrorReportForm({ slug }: { slug: string }) {
  const [body, setBody] = useState('');
  const [outcome, send, sending] = useActionState(async (): Promise<Outcome> => {
    try {
      await fetchJson(`/api/articles/${slug}/error-reports`, jsonRequest('POST', { body }));
      return 'sent';
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return 'signed-out';
      return { error: failureText(e, 'Could not reach the server; try again.', 'body') };
    }
  }, null);
  const state = typeof outcome === 'string' ? outcome : null;
  const error = typeof outcome === 'object' && outcome ? outcome.error : null;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    startTransition(send);
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
            <Textarea
              required
              minLength={10}
              maxLength={2000}
              rows={3}
              value={body}
              onChange={(e) => setBody(e.target.value)}
              className="mt-1 w-full"
            />
          </label>
          {error && (
            <p role="alert" className="text-red-700 dark:text-red-400">
              {error}
            </p>
          )}
          <Button type="submit" variant="primary" disabled={sending}>
            Send to the editors
          </Button>
        </form>
      )}
    </details>
  );
}
