'use client';

import { useState } from 'react';
import { failureText } from '@/lib/http/fetch-json';
import { moderationApi } from '@/lib/queries/moderation';

const BAN_LENGTHS = [
  { value: '24', label: '24 hours' },
  { value: '168', label: '7 days' },
  { value: '720', label: '30 days' },
  { value: '', label: 'Permanently' },
];

/**
 * Ban or suspend a user, with a reason, optionally rejecting all their comments: the one ban form, used on the
 * moderation desk, in the public thread and on the users page.
 */
export function BanForm({ userId, name, onDone }: { userId: number; name: string; onDone: (message: string) => void }) {
  const [error, setError] = useState<string | null>(null);
  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const hours = String(form.get('hours') ?? '');
    try {
      await moderationApi.ban(userId, { reason: String(form.get('reason') ?? ''), hours: hours ? Number(hours) : undefined, hideComments: form.get('hide') === 'on' });
      onDone(`${name} is banned${hours ? ` for ${BAN_LENGTHS.find((b) => b.value === hours)?.label}` : ''}.`);
    } catch (e) {
      setError(failureText(e, 'The ban could not be saved.', 'reason'));
    }
  }
  return (
    <form onSubmit={submit} aria-label={`Ban ${name}`} className="mt-3 flex flex-wrap items-end gap-3 rounded bg-neutral-100 p-3 text-sm dark:bg-neutral-900">
      <label className="flex flex-col">
        Ban reason
        <input name="reason" required maxLength={500} className="rounded border bg-transparent px-2 py-1" />
      </label>
      <label className="flex flex-col">
        Length
        <select name="hours" defaultValue="" className="rounded border bg-transparent px-2 py-1">
          {BAN_LENGTHS.map((b) => (
            <option key={b.value} value={b.value}>
              {b.label}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="hide" /> Reject all their comments
      </label>
      <button type="submit" className="rounded bg-red-700 px-3 py-1 font-semibold text-white">
        Ban
      </button>
      {error && (
        <p role="alert" className="w-full text-red-700">
          {error}
        </p>
      )}
    </form>
  );
}
