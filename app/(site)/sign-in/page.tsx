import type { Metadata } from 'next';
import { SignInForm } from '@/components/auth/sign-in-form';
import { extraSignInMethods } from '@/lib/auth/options';
import { safeCallbackPath } from '@/lib/auth/safe-callback';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl, error } = await searchParams;
  return (
    <div className="mx-auto max-w-sm space-y-6 py-8">
      <h1 className="font-serif text-3xl font-bold">Sign in</h1>
      <SignInForm
        callbackUrl={safeCallbackPath(callbackUrl)}
        initialError={typeof error === 'string' ? error : undefined}
        methods={extraSignInMethods()}
      />
    </div>
  );
}
