import type { Metadata } from 'next';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { safeCallbackPath } from '@/lib/auth/safe-callback';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Create an account', robots: { index: false } };

type Props = { searchParams: Promise<{ callbackUrl?: string }> };

export default async function SignUpPage({ searchParams }: Props) {
  const { callbackUrl } = await searchParams;
  return (
    <div className="mx-auto max-w-sm space-y-6 py-8">
      <h1 className="font-serif text-3xl font-bold">Create an account</h1>
      <p className="text-sm text-neutral-700 dark:text-neutral-300">Join the conversation under our stories.</p>
      <SignUpForm callbackUrl={safeCallbackPath(callbackUrl)} />
    </div>
  );
}
