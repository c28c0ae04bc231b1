'use client';

import { useRouter } from 'next/navigation';
import { useMutation } from '@tanstack/react-query';
import { Button, TextField } from '@/components/ui/controls';
import { fetchJson, formFailure, jsonRequest } from '@/lib/http/fetch-json';
import type { UserSummary } from '@/lib/users/user-admin';
import { Select } from '@/components/ui/controls';

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
      <TextField label="Name" name="name" type="text" autoComplete="off" error={fields.name} />
      <TextField label="Email" name="email" type="email" autoComplete="off" error={fields.email} />
      <TextField label="First password" name="password" type="password" autoComplete="new-password" error={fields.password} hint="Pass it on privately; they change it under Account." />
      <label className="block text-sm font-medium">
        Role
        <Select name="role" defaultValue="author" className="mt-1 block">
          {ROLES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
      </label>
      <Button type="submit" disabled={add.isPending} variant="primary">
        Add to the newsroom
      </Button>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'text-green-800 dark:text-green-300' : 'text-red-700 dark:text-red-400'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
