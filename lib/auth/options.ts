import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import GitHubProvider from 'next-auth/providers/github';
import GoogleProvider from 'next-auth/providers/google';
import { authenticate } from '@/lib/accounts/authenticate';
import { findOrCreateOAuthUser } from '@/lib/accounts/oauth-user';
import { env } from '@/lib/env';
import { AppError } from '@/lib/http/errors';
import type { UserRole } from '@/lib/db/schema/enums';
import { authSecret } from './secret';

/** The client IP as Next passes it on (x-forwarded-for's first entry, set by Next or a trusted proxy). */
export function clientIp(headers: Record<string, string | string[] | undefined> | Headers | undefined): string {
  const raw = headers instanceof Headers ? headers.get('x-forwarded-for') : headers?.['x-forwarded-for'];
  const first = (Array.isArray(raw) ? raw[0] : raw)?.split(',')[0]?.trim();
  return first || 'unknown';
}

export const RATE_LIMITED_ERROR = 'RateLimited';

const oauthProviders = [
  ...(env.GITHUB_ID && env.GITHUB_SECRET ? [GitHubProvider({ clientId: env.GITHUB_ID, clientSecret: env.GITHUB_SECRET })] : []),
  ...(env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET
    ? [GoogleProvider({ clientId: env.GOOGLE_CLIENT_ID, clientSecret: env.GOOGLE_CLIENT_SECRET })]
    : []),
];

/**
 * next-auth with JWT sessions (credentials sign-in requires them). The token carries the user's id and role
 * for display; every write re-reads both from the database (lib/auth/actor.ts), so a ban bites at once.
 */
export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: '/sign-in', error: '/sign-in' },
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
        async authorize(credentials, req) {
          try {
            const account = await authenticate(credentials, clientIp(req?.headers));
            return account ? { id: String(account.id), name: account.name, email: account.email, role: account.role } : null;
          } catch (err) {
            // next-auth turns a thrown error into ?error=<message> on the sign-in page.
            if (err instanceof AppError && err.code === 'rate_limited') throw new Error(RATE_LIMITED_ERROR);
            throw err;
          }
        },
      }),
      ...oauthProviders,
    ],
    callbacks: {
      async jwt({ token, user, account }) {
        if (user && account?.provider === 'credentials') {
          token.uid = Number(user.id);
          token.role = (user as { role?: UserRole }).role ?? 'reader';
        } else if (user?.email && account) {
          const local = await findOrCreateOAuthUser(user.email, user.name ?? '');
          token.uid = local.id;
          token.role = local.role;
        }
        return token;
      },
      session({ session, token }) {
        if (session.user) {
          session.user.id = token.uid as number;
          session.user.role = token.role as UserRole;
        }
        return session;
      },
    },
  };
}
