'use client';

import { signOut } from 'next-auth/react';
import { Button } from '@/components/ui/controls';

export function SignOutButton() {
  return (
    <Button onClick={() => signOut({ callbackUrl: '/' })} variant="primary">
      Sign out
    </Button>
  );
}
