'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Field } from '@/components/auth/sign-in-form';
import { ApiError, fetchJson } from '@/lib/http/fetch-json';
import type { UserSummary } from '@/lib/users/user-admin';

const ROLES = [
  ['author', 'Author'],
  ['editor', 'Editor'],
  ['admin', 'Admin'],
  ['reader', 'Reader'],
] as const;

/** An admin adds someone to the newsroom with a first password to pass on; they change it at /account. */
export function AddUserForm() {
  const router = useRouter();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setFields({});
    setMessage(null);
    try {
      const { user } = await fetchJson<{ user: UserSummary }>('/api/users', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(Object.fromEntries(form)),
      });
      formElement.reset();
      setMessage({ ok: true, text: `${user.name} can now sign in as ${user.role} with ${user.email}.` });
      router.refresh();
    } catch (e) {
      setFields(e instanceof ApiError ? (e.fields ?? {}) : {});
      setMessage({ ok: false, text: e instanceof ApiError ? e.message : 'Could not reach the server.' });
    }
  }

  return (
    <form onSubmit={submit} aria-labelledby="add-user-heading" className="max-w-xl space-y-3 rounded border border-neutral-300 p-4 dark:border-neutral-700" noValidate>
      <h2 id="add-user-heading" className="font-bold">
        Add someone
      </h2>
      <Field label="Name" name="name" type="text" autoComplete="off" error={fields.name} />
      <Field label="Email" name="email" type="email" autoComplete="off" error={fields.email} />
      <Field label="First password" name="password" type="password" autoComplete="new-password" error={fields.password} hint="Pass it on privately; they change it under Account." />
      <label className="block text-sm font-medium">
        Role
        <select name="role" defaultValue="author" className="mt-1 block rounded border border-neutral-400 bg-transparent px-2 py-1 dark:border-neutral-600">
          {ROLES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded bg-neutral-900 px-4 py-2 font-semibold text-white dark:bg-neutral-100 dark:text-neutral-900">
        Add to the newsroom
      </button>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'text-green-800 dark:text-green-300' : 'text-red-700 dark:text-red-400'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
