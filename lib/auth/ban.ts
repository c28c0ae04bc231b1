import { lte, or, eq, type SQL } from 'drizzle-orm';
import { users } from '@/lib/db/schema';

/**
 * Whether a ban holds now: a permanent one (no end), or a suspension that has not ended. An ended suspension
 * keeps its row as it was (status `banned`, a past end) and counts as active.
 */
export const banInForce = (user: { status: string; bannedUntil: Date | string | null }): boolean =>
  user.status === 'banned' && (user.bannedUntil === null || new Date(user.bannedUntil) > new Date());

/** The same test in SQL: users no ban holds against. */
export const notBanned = (): SQL => or(eq(users.status, 'active'), lte(users.bannedUntil, new Date()))!;
