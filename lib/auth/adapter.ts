import 'server-only';
import { expireTags } from '@/lib/cache/expire';
import { cacheTags } from '@/lib/cache/tags';
import { and, eq } from 'drizzle-orm';
import type { Adapter, AdapterAccount, AdapterUser } from 'next-auth/adapters';
import { getDb } from '@/lib/db/client';
import { authAccounts, users, verificationTokens } from '@/lib/db/schema';
import type { UserRole } from '@/lib/db/schema/enums';

/**
 * next-auth's store for OAuth identities and email-link tokens, on our own tables. Sessions stay JWTs (no
 * session table); users it creates are readers.
 */
export type BroadsheetAdapterUser = AdapterUser & { role: UserRole };

const columns = { id: users.id, email: users.email, name: users.name, emailVerified: users.emailVerified, role: users.role };
type Row = { id: number; email: string; name: string; emailVerified: Date | null; role: UserRole };
const toAdapterUser = (r: Row | undefined): BroadsheetAdapterUser | null =>
  r ? { id: String(r.id), email: r.email, name: r.name, emailVerified: r.emailVerified, role: r.role } : null;

export function drizzleAdapter(): Adapter {
  return {
    async createUser(user: Omit<AdapterUser, 'id'>) {
      const db = await getDb();
      const email = user.email.trim().toLowerCase();
      const [row] = await db
        .insert(users)
        .values({ email, name: (user.name ?? email.split('@')[0] ?? 'Reader').slice(0, 80), emailVerified: user.emailVerified, role: 'reader' })
        .returning(columns);
      return toAdapterUser(row)!;
    },
    async getUser(id) {
      const db = await getDb();
      return toAdapterUser((await db.select(columns).from(users).where(eq(users.id, Number(id))))[0]);
    },
    async getUserByEmail(email) {
      const db = await getDb();
      return toAdapterUser((await db.select(columns).from(users).where(eq(users.email, email.trim().toLowerCase())))[0]);
    },
    async getUserByAccount({ provider, providerAccountId }) {
      const db = await getDb();
      const [row] = await db
        .select(columns)
        .from(authAccounts)
        .innerJoin(users, eq(users.id, authAccounts.userId))
        .where(and(eq(authAccounts.provider, provider), eq(authAccounts.providerAccountId, providerAccountId)));
      return toAdapterUser(row);
    },
    async updateUser(user) {
      const db = await getDb();
      const [row] = await db
        .update(users)
        .set({ ...(user.name && { name: user.name.slice(0, 80) }), ...(user.emailVerified !== undefined && { emailVerified: user.emailVerified }), updatedAt: new Date() })
        .where(eq(users.id, Number(user.id)))
        .returning(columns);
      expireTags([cacheTags.user(Number(user.id))]);
      return toAdapterUser(row)!;
    },
    async linkAccount(account: AdapterAccount) {
      const db = await getDb();
      await db.insert(authAccounts).values({
        userId: Number(account.userId),
        type: account.type,
        provider: account.provider,
        providerAccountId: account.providerAccountId,
        refreshToken: account.refresh_token ?? null,
        accessToken: account.access_token ?? null,
        expiresAt: account.expires_at ?? null,
        tokenType: account.token_type ?? null,
        scope: account.scope ?? null,
        idToken: account.id_token ?? null,
      });
    },
    async createVerificationToken(token) {
      const db = await getDb();
      await db.insert(verificationTokens).values(token);
      return token;
    },
    async useVerificationToken({ identifier, token }) {
      const db = await getDb();
      const [row] = await db
        .delete(verificationTokens)
        .where(and(eq(verificationTokens.identifier, identifier), eq(verificationTokens.token, token)))
        .returning();
      return row ?? null;
    },
  };
}
