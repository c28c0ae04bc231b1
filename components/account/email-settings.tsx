'use client';

import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { EmailPreferences } from '@/lib/accounts/email-preferences';
import { errorMessage, fetchJson, jsonRequest } from '@/lib/http/fetch-json';

const TOPIC_LABELS: Record<keyof EmailPreferences, string> = {
  replies: 'When someone replies to my comments',
  reports: 'When readers report a comment (moderators)',
  errorReports: 'When readers report an error in a story (editors)',
};

const say = (err: unknown) => (errorMessage(err, 'Could not reach the server. Try again.'));

/** An address not yet confirmed, with "Send the link again". */
export function VerifyAddressNotice({ email }: { email: string }) {
  const resend = useMutation({ mutationFn: () => fetchJson<{ message: string }>('/api/account/email-verification', { method: 'POST' }) });
  const message = resend.isSuccess ? resend.data.message : resend.isError ? say(resend.error) : '';
  return (
    <section aria-labelledby="verify-heading" className="space-y-2 rounded bg-amber-50 p-4 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
      <h2 id="verify-heading" className="font-semibold">
        Confirm your email address
      </h2>
      <p>We sent a link to {email}. Until you open it, your comments wait for a moderator before anyone sees them.</p>
      <button
        type="button"
        className="rounded border border-amber-900/40 px-3 py-1 dark:border-amber-100/40"
        disabled={resend.isPending}
        onClick={() => resend.mutate()}
      >
        Send the link again
      </button>
      {message && <p role="status">{message}</p>}
    </section>
  );
}

/** Which emails this person gets, each saved as soon as it is ticked. */
export function EmailPreferencesForm({ initial }: { initial: EmailPreferences }) {
  const [values, setValues] = useState(initial);
  const topics = Object.keys(initial) as (keyof EmailPreferences)[];
  // The box shows its new state at once; a refusal puts it back and says why.
  const save = useMutation({
    mutationFn: ({ topic, on }: { topic: keyof EmailPreferences; on: boolean }) =>
      fetchJson<{ emails: EmailPreferences }>('/api/account/emails', jsonRequest('PATCH', { [topic]: on })),
    onMutate: ({ topic, on }) => setValues((v) => ({ ...v, [topic]: on })),
    onError: (_, { topic, on }) => setValues((v) => ({ ...v, [topic]: !on })),
    onSuccess: ({ emails }) => setValues(emails),
  });
  const message = save.isSuccess ? 'Saved.' : save.isError ? say(save.error) : '';

  return (
    <fieldset className="space-y-2">
      <legend className="sr-only">Emails</legend>
      {topics.map((topic) => (
        <label key={topic} className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={values[topic] ?? false} onChange={(e) => save.mutate({ topic, on: e.target.checked })} />
          {TOPIC_LABELS[topic]}
        </label>
      ))}
      {message && (
        <p role="status" className="text-sm">
          {message}
        </p>
      )}
    </fieldset>
  );
}
