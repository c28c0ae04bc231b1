'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button, Field, Input } from '@/components/ui/controls';
import { ApiError, fetchJson, jsonRequest } from '@/lib/http/fetch-json';
import type { DeskNewsletter } from '@/lib/newsletters/manage-newsletters';

const FIELDS = [
  ['name', 'Name'],
  ['slug', 'Address (/newsletters/…)'],
  ['description', 'Description'],
  ['senderName', 'Sender name (empty: the publication’s)'],
  ['senderEmail', 'Sender address (empty: EMAIL_FROM)'],
] as const;
type Values = Record<(typeof FIELDS)[number][0], string>;

// Every refused field is named: the form is short, and the reason may be in any of them.
const say = (err: unknown) => (err instanceof ApiError ? `${err.message}${err.fields ? ` (${Object.values(err.fields).join('; ')})` : ''}` : 'Could not reach the server.');

/** A write to one newsletter (or a new one); the desk's list is read again after it. */
function useNewsletterChange<V>(write: (v: V) => Promise<unknown>, done: string) {
  const router = useRouter();
  const change = useMutation({ mutationFn: write, onSuccess: () => router.refresh() });
  return { ...change, message: change.isSuccess ? done : change.isError ? say(change.error) : null };
}

function NewsletterForm({ label, initial, write, done, children }: { label: string; initial: Values; write: (v: Values) => Promise<unknown>; done: string; children?: React.ReactNode }) {
  const [values, setValues] = useState(initial);
  const save = useNewsletterChange(write, done);
  return (
    <form
      aria-label={label}
      className="grid gap-2 sm:grid-cols-2"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(values);
      }}
    >
      {FIELDS.map(([key, text]) => (
        <Field key={key} label={text} className="font-normal">
          <Input value={values[key]} onChange={(e) => setValues({ ...values, [key]: e.target.value })} className="w-full" />
        </Field>
      ))}
      <div className="flex items-center gap-3 sm:col-span-2">
        <Button type="submit" variant="primary" disabled={save.isPending} className="text-sm">
          {label}
        </Button>
        {children}
        {save.message && (
          <p role="status" className="text-sm">
            {save.message}
          </p>
        )}
      </div>
    </form>
  );
}

function DeleteNewsletter({ newsletter: n }: { newsletter: DeskNewsletter }) {
  const remove = useNewsletterChange(() => fetchJson(`/api/newsletters/${n.slug}`, { method: 'DELETE' }), 'Deleted.');
  return (
    <>
      <Button
        variant="danger"
        disabled={remove.isPending}
        className="text-sm"
        onClick={() => {
          if (window.confirm(`Delete ${n.name} and its ${n.confirmed + n.pending} subscribers?`)) remove.mutate(undefined);
        }}
      >
        Delete
      </Button>
      {remove.message && (
        <p role="status" className="text-sm">
          {remove.message}
        </p>
      )}
    </>
  );
}

/** Create, edit and delete newsletters; each change goes to the API (admins), and the list reloads. */
export function NewslettersManager({ initial }: { initial: DeskNewsletter[] }) {
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
              write={(v) => fetchJson(`/api/newsletters/${n.slug}`, jsonRequest('PATCH', v))}
              done="Saved."
            >
              <DeleteNewsletter newsletter={n} />
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
          write={(v) => fetchJson('/api/newsletters', jsonRequest('POST', { ...v, slug: v.slug || undefined }))}
          done="Created."
        />
      </section>
    </div>
  );
}
