'use client';

import { useRouter } from 'next/navigation';
import { useMutation } from '@tanstack/react-query';
import { BanForm } from '@/components/moderation/ban-form';
import type { UserSummary } from '@/lib/users/user-admin';
import { errorMessage, fetchJson, jsonRequest } from '@/lib/http/fetch-json';
import { Select } from '@/components/ui/controls';

const ROLES = ['reader', 'author', 'editor', 'admin'] as const;

/** One user in the admin list, with role, ban and unban actions against the API. */
export function UserRow({ user, canChangeRole, isSelf }: { user: UserSummary; canChangeRole: boolean; isSelf: boolean }) {
  const router = useRouter();
  const action = useMutation({
    mutationFn: ({ url, method, body }: { url: string; method: string; body?: unknown }) => fetchJson(url, jsonRequest(method, body)),
    onSuccess: () => router.refresh(),
  });
  const call = (url: string, method: string, body?: unknown) => action.mutate({ url, method, body });

  const banned = user.status === 'banned';
  return (
    <li className="space-y-2 py-4" aria-label={user.name}>
      <p>
        <strong>{user.name}</strong> <span className="text-sm text-neutral-600 dark:text-neutral-400">{user.email}</span>{' '}
        <span className="rounded bg-neutral-200 px-1.5 text-xs dark:bg-neutral-800">{user.role}</span>{' '}
        {banned && (
          <span className="rounded bg-red-100 px-1.5 text-xs text-red-900 dark:bg-red-900/40 dark:text-red-200">
            banned{user.bannedUntil ? ` until ${user.bannedUntil.slice(0, 16).replace('T', ' ')} UTC` : ''}: {user.banReason}
          </span>
        )}
      </p>
      <div className="flex flex-wrap items-end gap-4 text-sm">
        {canChangeRole && (
          <form
            className="flex items-end gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              call(`/api/users/${user.id}/role`, 'PUT', { role: new FormData(e.currentTarget).get('role') });
            }}
          >
            <label className="space-y-1">
              <span className="block">Role</span>
              <Select name="role" defaultValue={user.role}>
                {ROLES.map((r) => (
                  <option key={r}>{r}</option>
                ))}
              </Select>
            </label>
            <button type="submit" className="rounded border border-neutral-400 px-3 py-1 dark:border-neutral-600">
              Save role
            </button>
          </form>
        )}
        {!isSelf && !banned && <BanForm userId={user.id} name={user.name} onDone={() => router.refresh()} />}
        {banned && (
          <button type="button" onClick={() => call(`/api/moderation/users/${user.id}/ban`, 'DELETE')} className="rounded border border-neutral-400 px-3 py-1 dark:border-neutral-600">
            Unban
          </button>
        )}
      </div>
      {action.isError && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {errorMessage(action.error, 'That did not work. Try again.')}
        </p>
      )}
    </li>
  );
}
