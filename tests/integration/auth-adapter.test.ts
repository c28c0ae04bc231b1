import { describe, expect, it, vi } from 'vitest';
import { drizzleAdapter } from '@/lib/auth/adapter';
import { setupTestDatabase } from '../helpers/test-database';

setupTestDatabase();
const adapter = drizzleAdapter();

describe('the next-auth adapter (OAuth identities and email-link tokens)', () => {
  it('creates readers, finds them by email whatever the case, and links OAuth identities', async () => {
    const user = await adapter.createUser!({ email: 'Octo.Cat@Example.org', name: 'Octo Cat', emailVerified: null });
    expect(user).toMatchObject({ email: 'octo.cat@example.org', name: 'Octo Cat', role: 'reader' });
    expect((await adapter.getUserByEmail!('OCTO.CAT@example.org'))?.id).toBe(user.id);
    await adapter.linkAccount!({ userId: user.id, type: 'oauth', provider: 'github', providerAccountId: '4242' });
    expect((await adapter.getUserByAccount!({ provider: 'github', providerAccountId: '4242' }))?.id).toBe(user.id);
    expect(await adapter.getUserByAccount!({ provider: 'github', providerAccountId: 'nope' })).toBeNull();
    const verified = new Date('2026-11-25T12:00:00Z');
    expect((await adapter.updateUser!({ id: user.id, emailVerified: verified }))?.emailVerified).toEqual(verified);
  });

  it('counts an address Google vouches for as confirmed; GitHub’s is left to confirm', async () => {
    const { authOptions } = await import('@/lib/auth/options');
    const signIn = authOptions().events!.signIn!;
    const google = await adapter.createUser!({ email: `g-${Date.now()}@example.org`, name: 'G', emailVerified: null });
    const github = await adapter.createUser!({ email: `h-${Date.now()}@example.org`, name: 'H', emailVerified: null });
    const unproven = await adapter.createUser!({ email: `u-${Date.now()}@example.org`, name: 'U', emailVerified: null });
    const account = (provider: string) => ({ provider, type: 'oauth' as const, providerAccountId: provider + Date.now() });
    await signIn({ user: google, account: account('google'), profile: { email: google.email, email_verified: true } as never });
    await signIn({ user: github, account: account('github'), profile: { email: github.email } as never });
    await signIn({ user: unproven, account: account('google'), profile: { email: unproven.email, email_verified: false } as never });
    expect((await adapter.getUser!(google.id))?.emailVerified).toBeInstanceOf(Date);
    expect((await adapter.getUser!(github.id))?.emailVerified).toBeNull();
    expect((await adapter.getUser!(unproven.id))?.emailVerified).toBeNull();
  });

  it('uses an email sign-in token once only', async () => {
    const token = { identifier: 'link@example.org', token: 'hashed-token', expires: new Date(Date.now() + 60_000) };
    await adapter.createVerificationToken!(token);
    expect(await adapter.useVerificationToken!({ identifier: 'link@example.org', token: 'hashed-token' })).toMatchObject({ identifier: 'link@example.org' });
    expect(await adapter.useVerificationToken!({ identifier: 'link@example.org', token: 'hashed-token' })).toBeNull();
  });

  it('switches OAuth and email-link providers on only when their variables are set', async () => {
    const providersWith = async (env: Record<string, string>) => {
      vi.resetModules();
      for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
      const { authOptions } = await import('@/lib/auth/options');
      return authOptions().providers.map((p) => p.id).sort();
    };
    expect(await providersWith({ GITHUB_ID: '', GITHUB_SECRET: '', GOOGLE_CLIENT_ID: '', GOOGLE_CLIENT_SECRET: '', EMAIL_SERVER: '', EMAIL_FROM: '' })).toEqual(['credentials']);
    expect(
      await providersWith({ GITHUB_ID: 'id', GITHUB_SECRET: 'secret', GOOGLE_CLIENT_ID: 'gid', GOOGLE_CLIENT_SECRET: 'gs', EMAIL_SERVER: 'smtp://u:p@127.0.0.1:2525', EMAIL_FROM: 'news@example.org' }),
    ).toEqual(['credentials', 'email', 'github', 'google']);
    vi.unstubAllEnvs();
  });
});
