'use client';

import Link from 'next/link';
import { startTransition, useActionState, useEffect, useState } from 'react';
import { endSession } from './sign-out';

type State = { kind: 'loading' } | { kind: 'anonymous'; here: string } | { kind: 'signed-in'; name: string };

/**
 * The header's sign-in link or the reader's name and "Sign out". A client island, so the pages around it stay
 * cached for everyone; it asks /api/session who is here (200 either way: no console error for readers, and the
 * body is always read, so the browser sees the request finish).
 */
export function AccountMenu() {
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    const anonymous = { kind: 'anonymous', here: window.location.pathname + window.location.search } as const;
    fetch('/api/session', { headers: { Accept: 'application/json' } })
      .then((res) => (res.ok ? (res.json() as Promise<{ account: { name: string } | null }>) : { account: null }))
      .then(({ account }) => setState(account ? { kind: 'signed-in', name: account.name } : anonymous))
      .catch(() => setState(anonymous));
  }, []);

  // Signed out, the page again as a signed-out reader sees it.
  const [, signOut, signingOut] = useActionState(async () => {
    await endSession();
    window.location.reload();
  }, undefined);

  if (state.kind === 'loading') return <span className="inline-block w-16" aria-hidden="true" />;
  if (state.kind === 'anonymous') {
    return (
      // Not prefetched: every page would otherwise fetch the sign-in page as soon as it shows, for the few who use it.
      <Link href={`/sign-in?callbackUrl=${encodeURIComponent(state.here)}`} prefetch={false} className="text-sm underline">
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
      <button type="button" disabled={signingOut} onClick={() => startTransition(signOut)} className="underline">
        Sign out
      </button>
    </span>
  );
}
