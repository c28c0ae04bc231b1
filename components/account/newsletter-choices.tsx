'use client';

import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage, fetchJson } from '@/lib/http/fetch-json';
import type { AccountNewsletter } from '@/lib/newsletters/subscriptions';

/** The newsletters, each a checkbox for the person's own address: ticked is subscribed, "waiting" is unconfirmed. */
export function NewsletterChoices({ initial }: { initial: AccountNewsletter[] }) {
  const [lists, setLists] = useState(initial);
  const toggle = useMutation({
    mutationFn: ({ slug, on }: { slug: string; on: boolean }) =>
      fetchJson<{ newsletters: AccountNewsletter[] }>(`/api/account/newsletters/${slug}`, { method: on ? 'PUT' : 'DELETE' }),
    onSuccess: ({ newsletters }) => setLists(newsletters),
  });
  const message = toggle.isSuccess
    ? toggle.data.newsletters.find((n) => n.slug === toggle.variables.slug)?.status === 'pending'
      ? 'Check your inbox: confirm the subscription with the link we sent.'
      : 'Saved.'
    : toggle.isError
      ? errorMessage(toggle.error, 'Could not reach the server. Try again.')
      : '';

  return (
    <fieldset className="space-y-2">
      <legend className="sr-only">Newsletters</legend>
      {lists.map((n) => (
        <label key={n.slug} className="flex items-start gap-2 text-sm">
          <input type="checkbox" className="mt-1" checked={n.status !== null} onChange={(e) => toggle.mutate({ slug: n.slug, on: e.target.checked })} />
          <span>
            <span className="font-medium">{n.name}</span>
            {n.status === 'pending' && <span className="text-amber-800 dark:text-amber-300"> (waiting for you to confirm)</span>}
            {n.description && <span className="block text-neutral-600 dark:text-neutral-400">{n.description}</span>}
          </span>
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
