import 'server-only';
import { expireTags } from '@/lib/cache/expire';
import { cacheTags } from '@/lib/cache/tags';
import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { users } from '@/lib/db/schema';
import { assertCan, type Actor } from '@/lib/auth/actor';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { endAllSessions } from '@/lib/auth/sessions';
import { AppError } from '@/lib/http/errors';
import { parseOrThrow } from '@/lib/validation/parse';
import { mailEnabled } from '@/lib/mail/mail-config';
import { consume } from '@/lib/rate-limit/limiter';
import type { AccountDto } from './account-dto';
import { addressTaken, sendAddressCheck } from './email-verification';
import { emailSchema, nameSchema, passwordSchema } from './schemas';

const currentPassword = z.string({ error: 'Enter your current password' }).min(1, 'Enter your current password').max(200);

export const updateAccountSchema = z
  .object({
    name: nameSchema.optional(),
    email: emailSchema.optional(),
    newPassword: passwordSchema.optional(),
    currentPassword: currentPassword.optional(),
  })
  .refine((v) => v.name !== undefined || v.email !== undefined || v.newPassword !== undefined, {
    message: 'Change the name, the email or the password',
    path: ['name'],
  })
  .refine((v) => (v.email === undefined && v.newPassword === undefined) || v.currentPassword !== undefined, {
    message: 'Enter your current password to change your email or password',
    path: ['currentPassword'],
  });

async function assertPassword(actorId: number, password: string) {
  const db = await getDb();
  const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, actorId));
  if (!row?.hash || !(await verifyPassword(password, row.hash))) {
    throw new AppError('invalid_input', 'The current password is not right.', { fields: { currentPassword: 'The current password is not right' } });
  }
}

/**
 * The signed-in user changes their name, email (with password) or password (with the current one). A new
 * address takes effect when the link sent to it is opened (`pendingEmail`), or at once on a site that cannot
 * send email, unproven. A new password ends every session; `sessionVersion` is then the version the
 * caller's own session goes on under.
 */
export async function updateAccount(
  actor: Actor,
  input: unknown,
): Promise<{ account: AccountDto; sessionVersion: number | null; pendingEmail: string | null }> {
  assertCan(actor, 'account:edit', true);
  const change = parseOrThrow(updateAccountSchema, input);
  if (change.currentPassword !== undefined) await assertPassword(actor.id, change.currentPassword);
  const db = await getDb();
  const newEmail = change.email !== undefined && change.email !== actor.email ? change.email : undefined;
  if (newEmail) {
    const [taken] = await db.select({ id: users.id }).from(users).where(and(eq(users.email, newEmail), ne(users.id, actor.id)));
    if (taken) throw addressTaken();
    if (mailEnabled()) await consume('verificationEmailsPerUser', String(actor.id));
  }
  const passwordHash = change.newPassword !== undefined ? await hashPassword(change.newPassword) : undefined;
  const checkFirst = newEmail !== undefined && mailEnabled();
  const result = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(users)
      .set({
        ...(change.name !== undefined && { name: change.name }),
        ...(newEmail && !checkFirst && { email: newEmail, emailVerified: null }),
        ...(passwordHash && { passwordHash }),
        updatedAt: new Date(),
      })
      .where(eq(users.id, actor.id))
      .returning({ id: users.id, name: users.name, email: users.email, role: users.role });
    if (checkFirst) await sendAddressCheck(tx, updated!, newEmail);
    return { account: updated!, sessionVersion: passwordHash ? await endAllSessions(tx, actor.id) : null, pendingEmail: checkFirst ? newEmail : null };
  });
  expireTags([cacheTags.user(actor.id)]);
  return result;
}

/**
 * Deletes the signed-in user's account after checking their password. Their comments stay in threads,
 * shown as by "deleted user" (comments.author_id is set to null); their likes and reports go with them.
 */
export async function deleteAccount(actor: Actor, input: unknown): Promise<void> {
  assertCan(actor, 'account:edit', true);
  const { currentPassword: password } = parseOrThrow(z.object({ currentPassword }), input);
  await assertPassword(actor.id, password);
  const db = await getDb();
  await db.transaction(async (tx) => {
    if (actor.role === 'admin') {
      const others = await tx.select({ id: users.id }).from(users).where(and(eq(users.role, 'admin'), eq(users.status, 'active'), ne(users.id, actor.id))).for('update');
      if (others.length === 0) throw new AppError('conflict', 'You are the last admin. Make someone else an admin first.');
    }
    await tx.delete(users).where(eq(users.id, actor.id));
  });
  expireTags([cacheTags.user(actor.id)]);
}

/** "Sign out everywhere": every session of the signed-in user ends, this one included. */
export async function signOutEverywhere(actor: Actor): Promise<void> {
  const db = await getDb();
  await endAllSessions(db, actor.id);
  expireTags([cacheTags.user(actor.id)]);
}
