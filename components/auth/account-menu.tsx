'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';

type State = { kind: 'loading' } | { kind: 'anonymous'; here: string } | { kind: 'signed-in'; name: string };

/**
 * The header's sign-in link or the reader's name and "Sign out". A client island, so the pages around it stay
 * cached for everyone; it asks /api/account who is here.
 */
export function AccountMenu() {
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    const anonymous = { kind: 'anonymous', here: window.location.pathname + window.location.search } as const;
    fetch('/api/account', { headers: { Accept: 'application/json' } })
      .then(async (res) => setState(res.ok ? { kind: 'signed-in', name: (await res.json()).account.name } : anonymous))
      .catch(() => setState(anonymous));
  }, []);

  async function signOut() {
    // next-auth's sign-out: a POST carrying its CSRF token.
    const { csrfToken } = await (await fetch('/api/auth/csrf')).json();
    await fetch('/api/auth/signout', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrfToken }),
    });
    window.location.reload();
  }

  if (state.kind === 'loading') return <span className="inline-block w-16" aria-hidden="true" />;
  if (state.kind === 'anonymous') {
    return (
      <Link href={`/sign-in?callbackUrl=${encodeURIComponent(state.here)}`} className="text-sm underline">
        Sign in
      </Link>
    );
  }
  return (
    <span className="flex items-center gap-2 text-sm">
      <span>
        Signed in as{' '}
        <Link href="/account" className="font-semibold underline">
          {state.name}
        </Link>
      </span>
      <button type="button" onClick={signOut} className="underline">
        Sign out
      </button>
    </span>
  );
}
