import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import GitHubProvider from 'next-auth/providers/github';
import GoogleProvider from 'next-auth/providers/google';
import EmailProvider from 'next-auth/providers/email';
import { authenticate } from '@/lib/accounts/authenticate';
import { markAddressVouched } from '@/lib/accounts/email-verification';
import { drizzleAdapter, type BroadsheetAdapterUser } from './adapter';
import { env } from '@/lib/env';
import { AppError } from '@/lib/http/errors';
import type { UserRole } from '@/lib/db/schema/enums';
import { sendSignInLink } from '@/lib/mail/sign-in-link-email';
import { sameOriginRedirect } from './safe-callback';
import { endSession, newSessionClaims, SESSION_MAX_AGE } from './sessions';
import { authSecret } from './secret';

/**
 * The client IP as Next passes it on: X-Forwarded-For's first entry. Next fills the header from the socket
 * only when it is absent, so in production run behind a proxy that overwrites it (nginx:
 * `proxy_set_header X-Forwarded-For $remote_addr`); otherwise per-IP limits can be dodged (per-account ones cannot).
 */
export function clientIp(headers: Record<string, string | string[] | undefined> | Headers | undefined): string {
  const raw = headers instanceof Headers ? headers.get('x-forwarded-for') : headers?.['x-forwarded-for'];
  const first = (Array.isArray(raw) ? raw[0] : raw)?.split(',')[0]?.trim();
  return first || 'unknown';
}

// The code the sign-in page turns into "Too many failed attempts" (components/auth/sign-in-form.tsx).
const RATE_LIMITED_ERROR = 'RateLimited';

const optionalProviders = [
  // Sign-in links by email need an SMTP server (EMAIL_SERVER=smtp://user:pass@host:587, EMAIL_FROM).
  ...(env.EMAIL_SERVER && env.EMAIL_FROM ? [EmailProvider({ server: env.EMAIL_SERVER, from: env.EMAIL_FROM, maxAge: 30 * 60, sendVerificationRequest: sendSignInLink })] : []),
  ...(env.GITHUB_ID && env.GITHUB_SECRET ? [GitHubProvider({ clientId: env.GITHUB_ID, clientSecret: env.GITHUB_SECRET })] : []),
  ...(env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET
    ? [GoogleProvider({ clientId: env.GOOGLE_CLIENT_ID, clientSecret: env.GOOGLE_CLIENT_SECRET })]
    : []),
];

/** The sign-in methods besides email and password that this deployment has switched on, for the sign-in page. */
export function extraSignInMethods(): { id: string; name: string }[] {
  return optionalProviders.map((p) => ({ id: p.id, name: p.name }));
}

/**
 * next-auth with JWT sessions (credentials sign-in requires them). The token carries the user's id and role
 * for display; every write re-reads both from the database (lib/auth/actor.ts), so a ban bites at once.
 */
export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    // Only OAuth and email-link sign-ins use it (identities and one-time tokens); sessions stay JWTs.
    adapter: drizzleAdapter(),
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE },
    // Signing out ends the session on the server too: a copy of its cookie is refused from then on.
    events: {
      signOut: ({ token }) => endSession(token ?? {}),
      // Google says whether it has proven the address it gives: such an account counts as verified.
      async signIn({ user, account, profile }) {
        if (account?.provider === 'google' && (profile as { email_verified?: boolean } | undefined)?.email_verified === true) {
          await markAddressVouched(Number(user.id));
        }
      },
    },
    pages: { signIn: '/sign-in', signOut: '/sign-out', error: '/sign-in' },
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
      ...optionalProviders,
    ],
    callbacks: {
      // Return addresses must land on this site, after the URL parser's own clean-up (see safe-callback.ts).
      redirect: ({ url, baseUrl }) => sameOriginRedirect(url, baseUrl),
      async jwt({ token, user }) {
        // `user` is there only at sign-in: from authorize() for credentials, from the adapter otherwise.
        if (user) {
          token.uid = Number(user.id);
          token.role = (user as Partial<BroadsheetAdapterUser>).role ?? 'reader';
          Object.assign(token, await newSessionClaims(token.uid as number));
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
