'use client';

import { useRouter } from 'next/navigation';
import { useActionState } from 'react';
import { fetchJson, formFailure, jsonRequest } from '@/lib/http/fetch-json';
import { Button, Field, Input } from '@/components/ui/controls';
import { submitTo } from '@/components/ui/submit-action';

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

/** One small form of the page: `act` sends it and says how it went. */
function Section({ title, act, children, danger }: { title: string; act: (form: FormData) => Promise<Status>; children: React.ReactNode; danger?: boolean }) {
  const [status, submit, pending] = useActionState((_: Status, form: FormData) => act(form), {});
  return (
    <form onSubmit={submitTo(submit)} className="space-y-3 rounded border border-neutral-200 p-4 dark:border-neutral-800" aria-label={title}>
      <h2 className="font-semibold">{title}</h2>
      {children}
      {status.error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {status.error}
          {status.fields && Object.values(status.fields).length > 0 && ` (${Object.values(status.fields).join('; ')})`}
        </p>
      )}
      {status.ok && <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">{status.ok}</p>}
      <Button type="submit" variant={danger ? 'danger' : 'primary'} disabled={pending} className="text-sm">
        {title}
      </Button>
    </form>
  );
}

// Not TextField: "Current password" is on this page three times, and none of these is required before sending.
function AccountField({ label, ...input }: { label: string; name: string; type?: string; defaultValue?: string; autoComplete?: string }) {
  return (
    <Field label={label}>
      <Input pad="md" className="w-full" {...input} />
    </Field>
  );
}

/** Name, email, password and deletion, each its own small form against PATCH / DELETE /api/account. */
export function AccountForms({ account }: { account: Account }) {
  const router = useRouter();

  return (
    <div className="space-y-6">
      <p className="text-sm text-neutral-700 dark:text-neutral-300">
        Signed in as {account.email} ({account.role}).
      </p>
      <Section title="Change name" act={(f) => send('PATCH', { name: f.get('name') })}>
        <AccountField label="Name" name="name" defaultValue={account.name} autoComplete="name" />
      </Section>
      <Section title="Change email" act={(f) => send('PATCH', { email: f.get('email'), currentPassword: f.get('currentPassword') })}>
        <AccountField label="New email" name="email" type="email" defaultValue={account.email} autoComplete="email" />
        <AccountField label="Current password" name="currentPassword" type="password" autoComplete="current-password" />
      </Section>
      <Section
        title="Change password"
        act={async (f) => {
          const result = await send('PATCH', { newPassword: f.get('newPassword'), currentPassword: f.get('currentPassword') });
          return result.ok ? { ok: 'Saved. You are signed out everywhere else.' } : result;
        }}
      >
        <AccountField label="Current password" name="currentPassword" type="password" autoComplete="current-password" />
        <AccountField label="New password" name="newPassword" type="password" autoComplete="new-password" />
      </Section>
      <Section
        title="Sign out everywhere"
        act={async () => {
          const result = await send('DELETE', {}, '/api/account/sessions');
          if (result.ok) {
            router.push('/sign-in');
            router.refresh();
          }
          return result;
        }}
      >
        <p className="text-sm">Ends every session of your account, on every device and browser, this one too. Use it if you signed in somewhere you should not have.</p>
      </Section>
      <Section
        title="Delete account"
        danger
        act={async (f) => {
          if (!window.confirm('Delete your account? Your comments stay, shown as by “deleted user”.')) return {};
          const result = await send('DELETE', { currentPassword: f.get('currentPassword') });
          if (result.ok) {
            router.push('/');
            router.refresh();
          }
          return result;
        }}
      >
        <p className="text-sm">Your comments stay in their threads, shown as by “deleted user”. This cannot be undone.</p>
        <AccountField label="Current password" name="currentPassword" type="password" autoComplete="current-password" />
      </Section>
    </div>
  );
}
