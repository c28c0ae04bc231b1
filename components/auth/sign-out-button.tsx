'use client';

import { startTransition, useActionState } from 'react';
import { Button } from '@/components/ui/controls';
import { endSession } from './sign-out';

/** The sign-out page's button: ends the session, then the front page. */
export function SignOutButton() {
  const [, signOut, signingOut] = useActionState(async () => {
    await endSession();
    window.location.assign(window.location.origin); // a full load: nothing of the session stays in the page
  }, undefined);
  return (
    <Button onClick={() => startTransition(signOut)} disabled={signingOut} variant="primary">
      Sign out
    </Button>
  );
}
