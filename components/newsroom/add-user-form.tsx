'use client';

import { useRouter } from 'next/navigation';
import { useMutation } from '@tanstack/react-query';
import { Field } from '@/components/auth/sign-in-form';
import { fetchJson, formFailure, jsonRequest } from '@/lib/http/fetch-json';
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
  const add = useMutation({
    mutationFn: (form: HTMLFormElement) => fetchJson<{ user: UserSummary }>('/api/users', jsonRequest('POST', Object.fromEntries(new FormData(form)))),
    onSuccess: (_answer, form) => {
      form.reset();
      router.refresh();
    },
  });
  const failure = add.isError ? formFailure(add.error, 'Could not reach the server.') : null;
  const fields = failure?.fields ?? {};
  const message = add.data
    ? { ok: true, text: `${add.data.user.name} can now sign in as ${add.data.user.role} with ${add.data.user.email}.` }
    : failure && { ok: false, text: failure.error };

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    add.mutate(event.currentTarget);
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
      <button type="submit" disabled={add.isPending} className="rounded bg-neutral-900 px-4 py-2 font-semibold text-white disabled:opacity-50 dark:bg-neutral-100 dark:text-neutral-900">
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
