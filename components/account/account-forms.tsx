'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { fetchJson, formFailure, jsonRequest } from '@/lib/http/fetch-json';

type Account = { name: string; email: string; role: string };
type Status = { ok?: string; error?: string; fields?: Record<string, string> };

async function send(method: 'PATCH' | 'DELETE', body: unknown, url = '/api/account'): Promise<Status> {
  try {
    const answer = await fetchJson<{ pendingEmail?: string | null } | null>(url, jsonRequest(method, body));
    if (answer?.pendingEmail) return { ok: `We sent a link to ${answer.pendingEmail}. Your address changes when you open it.` };
    return { ok: 'Saved.' };
  } catch (err) {
    return formFailure(err, 'Could not save. Try again.');
  }
}

function Section({ title, status, onSubmit, children, danger }: { title: string; status: Status; onSubmit: (f: FormData) => void; children: React.ReactNode; danger?: boolean }) {
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(new FormData(e.currentTarget));
      }}
      className="space-y-3 rounded border border-neutral-200 p-4 dark:border-neutral-800"
      aria-label={title}
    >
      <h2 className="font-semibold">{title}</h2>
      {children}
      {status.error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {status.error}
          {status.fields && Object.values(status.fields).length > 0 && ` (${Object.values(status.fields).join('; ')})`}
        </p>
      )}
      {status.ok && <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">{status.ok}</p>}
      <button type="submit" className={`rounded px-4 py-2 text-sm text-white ${danger ? 'bg-red-700' : 'bg-neutral-900 dark:bg-neutral-100 dark:text-neutral-900'}`}>
        {title}
      </button>
    </form>
  );
}

function Input({ label, name, type = 'text', defaultValue, autoComplete }: { label: string; name: string; type?: string; defaultValue?: string; autoComplete?: string }) {
  return (
    <label className="block space-y-1 text-sm">
      <span className="font-medium">{label}</span>
      <input name={name} type={type} defaultValue={defaultValue} autoComplete={autoComplete} className="w-full rounded border border-neutral-400 bg-transparent px-3 py-2 dark:border-neutral-600" />
    </label>
  );
}

/** Name, email, password and deletion, each its own small form against PATCH / DELETE /api/account. */
export function AccountForms({ account }: { account: Account }) {
  const router = useRouter();
  const [name, setName] = useState<Status>({});
  const [email, setEmail] = useState<Status>({});
  const [password, setPassword] = useState<Status>({});
  const [remove, setRemove] = useState<Status>({});
  const [everywhere, setEverywhere] = useState<Status>({});

  return (
    <div className="space-y-6">
      <p className="text-sm text-neutral-700 dark:text-neutral-300">
        Signed in as {account.email} ({account.role}).
      </p>
      <Section title="Change name" status={name} onSubmit={async (f) => setName(await send('PATCH', { name: f.get('name') }))}>
        <Input label="Name" name="name" defaultValue={account.name} autoComplete="name" />
      </Section>
      <Section title="Change email" status={email} onSubmit={async (f) => setEmail(await send('PATCH', { email: f.get('email'), currentPassword: f.get('currentPassword') }))}>
        <Input label="New email" name="email" type="email" defaultValue={account.email} autoComplete="email" />
        <Input label="Current password" name="currentPassword" type="password" autoComplete="current-password" />
      </Section>
      <Section
        title="Change password"
        status={password}
        onSubmit={async (f) => {
          const result = await send('PATCH', { newPassword: f.get('newPassword'), currentPassword: f.get('currentPassword') });
          setPassword(result.ok ? { ok: 'Saved. You are signed out everywhere else.' } : result);
        }}
      >
        <Input label="Current password" name="currentPassword" type="password" autoComplete="current-password" />
        <Input label="New password" name="newPassword" type="password" autoComplete="new-password" />
      </Section>
      <Section
        title="Sign out everywhere"
        status={everywhere}
        onSubmit={async () => {
          const result = await send('DELETE', {}, '/api/account/sessions');
          if (result.ok) {
            router.push('/sign-in');
            router.refresh();
          }
          setEverywhere(result);
        }}
      >
        <p className="text-sm">Ends every session of your account, on every device and browser, this one too. Use it if you signed in somewhere you should not have.</p>
      </Section>
      <Section
        title="Delete account"
        danger
        status={remove}
        onSubmit={async (f) => {
          if (!window.confirm('Delete your account? Your comments stay, shown as by “deleted user”.')) return;
          const result = await send('DELETE', { currentPassword: f.get('currentPassword') });
          if (result.ok) {
            router.push('/');
            router.refresh();
          }
          setRemove(result);
        }}
      >
        <p className="text-sm">Your comments stay in their threads, shown as by “deleted user”. This cannot be undone.</p>
        <Input label="Current password" name="currentPassword" type="password" autoComplete="current-password" />
      </Section>
    </div>
  );
}
