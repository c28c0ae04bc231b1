import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { users } from '@/lib/db/schema';
import type { AccountDto } from './account-dto';

/** The account behind an OAuth sign-in, matched by verified email, created as a reader the first time. */
export async function findOrCreateOAuthUser(email: string, name: string): Promise<AccountDto> {
  const db = await getDb();
  const normalised = email.trim().toLowerCase();
  const columns = { id: users.id, name: users.name, email: users.email, role: users.role };
  const [existing] = await db.select(columns).from(users).where(eq(users.email, normalised));
  if (existing) return existing;
  const [created] = await db
    .insert(users)
    .values({ email: normalised, name: name.slice(0, 80) || normalised.split('@')[0]!, role: 'reader' })
    .onConflictDoNothing()
    .returning(columns);
  return created ?? (await db.select(columns).from(users).where(eq(users.email, normalised)))[0]!;
}
