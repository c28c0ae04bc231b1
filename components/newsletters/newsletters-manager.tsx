'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ApiError, fetchJson, jsonRequest } from '@/lib/http/fetch-json';
import type { DeskNewsletter } from '@/lib/newsletters/manage-newsletters';

const input = 'w-full rounded border border-neutral-400 bg-transparent px-2 py-1 dark:border-neutral-600';
const FIELDS = [
  ['name', 'Name'],
  ['slug', 'Address (/newsletters/…)'],
  ['description', 'Description'],
  ['senderName', 'Sender name (empty: the publication’s)'],
  ['senderEmail', 'Sender address (empty: EMAIL_FROM)'],
] as const;
type Values = Record<(typeof FIELDS)[number][0], string>;

function NewsletterForm({ label, initial, onSave, children }: { label: string; initial: Values; onSave: (v: Values) => Promise<string | null>; children?: React.ReactNode }) {
  const [values, setValues] = useState(initial);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <form
      aria-label={label}
      className="grid gap-2 sm:grid-cols-2"
      onSubmit={async (e) => {
        e.preventDefault();
        setMessage(await onSave(values));
      }}
    >
      {FIELDS.map(([key, text]) => (
        <label key={key} className="text-sm">
          {text}
          <input value={values[key]} onChange={(e) => setValues({ ...values, [key]: e.target.value })} className={input} />
        </label>
      ))}
      <div className="flex items-center gap-3 sm:col-span-2">
        <button type="submit" className="rounded bg-neutral-900 px-3 py-1 text-sm text-white dark:bg-neutral-100 dark:text-neutral-900">
          {label}
        </button>
        {children}
        {message && (
          <p role="status" className="text-sm">
            {message}
          </p>
        )}
      </div>
    </form>
  );
}

const say = (err: unknown) => (err instanceof ApiError ? `${err.message}${err.fields ? ` (${Object.values(err.fields).join('; ')})` : ''}` : 'Could not reach the server.');
const send = (url: string, method: string, body?: unknown) => fetchJson(url, jsonRequest(method, body));

/** Create, edit and delete newsletters; each change goes to the API (admins), and the list reloads. */
export function NewslettersManager({ initial }: { initial: DeskNewsletter[] }) {
  const router = useRouter();
  const save = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      router.refresh();
      return done;
    } catch (err) {
      return say(err);
    }
  };
  return (
    <div className="space-y-8">
      <ul className="space-y-6">
        {initial.map((n) => (
          <li key={n.id} className="space-y-2 rounded border border-neutral-200 p-4 dark:border-neutral-800">
            <p className="font-semibold">
              {n.name} <span className="font-normal text-neutral-600 dark:text-neutral-400">· {n.confirmed} subscribed, {n.pending} waiting to confirm</span>
            </p>
            <NewsletterForm
              label={`Save ${n.name}`}
              initial={{ name: n.name, slug: n.slug, description: n.description, senderName: n.senderName, senderEmail: n.senderEmail }}
              onSave={(v) => save(() => send(`/api/newsletters/${n.slug}`, 'PATCH', v), 'Saved.')}
            >
              <button
                type="button"
                className="rounded border border-red-700 px-3 py-1 text-sm text-red-700 dark:border-red-400 dark:text-red-400"
                onClick={async () => {
                  if (!window.confirm(`Delete ${n.name} and its ${n.confirmed + n.pending} subscribers?`)) return;
                  await save(() => send(`/api/newsletters/${n.slug}`, 'DELETE'), 'Deleted.');
                }}
              >
                Delete
              </button>
            </NewsletterForm>
          </li>
        ))}
      </ul>
      <section aria-labelledby="new-newsletter" className="space-y-2">
        <h2 id="new-newsletter" className="font-semibold">
          New newsletter
        </h2>
        <NewsletterForm
          label="Create newsletter"
          initial={{ name: '', slug: '', description: '', senderName: '', senderEmail: '' }}
          onSave={(v) => save(() => send('/api/newsletters', 'POST', { ...v, slug: v.slug || undefined }), 'Created.')}
        />
      </section>
    </div>
  );
}
