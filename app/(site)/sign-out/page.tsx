import type { Metadata } from 'next';
import { SignOutButton } from '@/components/auth/sign-out-button';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sign out', robots: { index: false } };

export default function SignOutPage() {
  return (
    <div className="mx-auto max-w-sm space-y-6 py-8">
      <h1 className="font-serif text-3xl font-bold">Sign out</h1>
      <p>You will stay signed in on your other devices.</p>
      <SignOutButton />
    </div>
  );
}
