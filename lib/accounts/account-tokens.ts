import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db, Tx } from '@/lib/db/client';
import { accountTokens } from '@/lib/db/schema';
import { AppError } from '@/lib/http/errors';

export type TokenPurpose = (typeof accountTokens.purpose.enumValues)[number];

/** A reset link lasts an hour; a link that proves an address, a week (people read mail late). */
const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = { password_reset: 60 * 60_000, verify_email: 7 * 24 * 60 * 60_000 };

const digest = (raw: string) => createHash('sha256').update(raw).digest('hex');
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * A new link for `purpose`, proving `email`: 256 random bits, of which only a hash is stored. Links the person
 * had for the same purpose stop working: only the newest counts.
 */
export async function issueAccountToken(tx: Db | Tx, userId: number, purpose: TokenPurpose, email: string, now = new Date()): Promise<string> {
  await tx.update(accountTokens).set({ usedAt: now }).where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt)));
  const raw = randomBytes(32).toString('base64url');
  await tx.insert(accountTokens).values({ userId, purpose, tokenHash: digest(raw), email, expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]) });
  return raw;
}

const refused = (message: string) => new AppError('invalid_input', message, { fields: { token: message } });

/**
 * Uses a link once: the row is locked, checked (known, for this purpose, unused, in time) and marked used, in
 * the caller's transaction, so of two requests with one token only one succeeds.
 */
export async function redeemAccountToken(tx: Tx, raw: unknown, purpose: TokenPurpose): Promise<{ userId: number; email: string }> {
  const again = purpose === 'password_reset' ? 'Ask for a new one from “Forgot password?”.' : 'Ask for a new one from your account page.';
  if (typeof raw !== 'string' || !TOKEN_SHAPE.test(raw)) throw refused(`This link is not valid. ${again}`);
  const [token] = await tx
    .select()
    .from(accountTokens)
    .where(and(eq(accountTokens.tokenHash, digest(raw)), eq(accountTokens.purpose, purpose)))
    .for('update');
  if (!token) throw refused(`This link is not valid. ${again}`);
  if (token.usedAt) throw refused(`This link has been used already, or a newer one was sent. ${again}`);
  if (token.expiresAt <= new Date()) throw refused(`This link has expired. ${again}`);
  await tx.update(accountTokens).set({ usedAt: new Date() }).where(eq(accountTokens.id, token.id));
  return { userId: token.userId, email: token.email };
}
