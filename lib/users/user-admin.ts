import 'server-only';
import { ensureAuthorProfile } from '@/lib/authors/ensure-profile';
import { and, asc, count, eq, ne, or, sql, type SQL } from 'drizzle-orm';
import { getDb, type Tx } from '@/lib/db/client';
import { containsPattern } from '@/lib/db/contains-pattern';
import { authAccounts, comments, users } from '@/lib/db/schema';
import type { UserRole } from '@/lib/db/schema/enums';
import { assertCan, type Actor } from '@/lib/auth/actor';
import { mayActOnUser } from '@/lib/auth/permissions';
import { AppError, notFound } from '@/lib/http/errors';
import { PAGE_SIZE, pageCountOf } from '@/lib/http/pagination';
import { parseOrThrow } from '@/lib/validation/parse';
import { expireTags } from '@/lib/cache/expire';
import { cacheTags } from '@/lib/cache/tags';
import { recordAction } from '@/lib/moderation/audit';
import { lockStories, recountStories } from '@/lib/comments/counts';
import { hashPassword } from '@/lib/auth/password';
import { endAllSessions } from '@/lib/auth/sessions';
import { banSchema, changeRoleSchema, createUserSchema, listUsersQuerySchema } from './schemas';

export type UserSummary = {
  id: number;
  name: string;
  email: string;
  role: UserRole;
  status: 'active' | 'banned';
  bannedUntil: string | null;
  banReason: string | null;
  createdAt: string;
};

const summaryColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  status: users.status,
  bannedUntil: users.bannedUntil,
  banReason: users.banReason,
  createdAt: users.createdAt,
};
type Row = Omit<UserSummary, 'bannedUntil' | 'createdAt'> & { bannedUntil: Date | null; createdAt: Date };
const toSummary = (r: Row): UserSummary => ({
  ...r,
  bannedUntil: r.bannedUntil?.toISOString() ?? null,
  createdAt: r.createdAt.toISOString(),
});

/** Users for the admin list, searched by name or email. Editors see it too (they ban commenters). */
export async function listUsers(actor: Actor, input: unknown) {
  assertCan(actor, 'user:list');
  const { q, page } = parseOrThrow(listUsersQuerySchema, input);
  const db = await getDb();
  const pattern = containsPattern(q);
  const where: SQL | undefined = q ? or(sql`${users.name} ilike ${pattern}`, sql`${users.email} ilike ${pattern}`) : undefined;
  const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(users).where(where);
  const rows = await db
    .select(summaryColumns)
    .from(users)
    .where(where)
    .orderBy(asc(users.name), asc(users.id))
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE);
  return { users: rows.map(toSummary), page, pageCount: pageCountOf(n), total: n };
}

async function lockTarget(tx: Tx, id: number): Promise<Row> {
  const [target] = await tx.select(summaryColumns).from(users).where(eq(users.id, id)).for('update');
  if (!target) throw notFound('User');
  return target;
}

/** Refuses a change that would leave no active admin. Admin rows are locked so two demotions cannot race. */
async function assertAnotherAdmin(tx: Tx, target: Row) {
  if (target.role !== 'admin' || target.status !== 'active') return;
  const others = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.status, 'active'), ne(users.id, target.id)))
    .for('update');
  if (others.length === 0) throw new AppError('conflict', 'This is the last admin. Make someone else an admin first.');
}

/**
 * An admin adds an account with a role and a first password (staff get their author profile at once). The
 * address counts as verified: the admin typed it for someone they know. An account an import made has no
 * password and no sign-in of its own: the same form gives it its first one (its stories and comments stay its
 * own). Audited.
 */
export async function createUser(actor: Actor, input: unknown): Promise<UserSummary> {
  assertCan(actor, 'user:create');
  const { email, name, password, role } = parseOrThrow(createUserSchema, input);
  const passwordHash = await hashPassword(password);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id, passwordHash: users.passwordHash }).from(users).where(eq(users.email, email)).for('update');
    if (taken && (taken.passwordHash !== null || (await tx.$count(authAccounts, eq(authAccounts.userId, taken.id))) > 0)) {
      throw new AppError('conflict', 'An account with this email already exists.', { fields: { email: 'An account with this email already exists' } });
    }
    if (taken) {
      const [claimed] = await tx.update(users).set({ name, passwordHash, role, emailVerified: new Date(), updatedAt: new Date() }).where(eq(users.id, taken.id)).returning(summaryColumns);
      if (role !== 'reader') await ensureAuthorProfile(tx, claimed!);
      await recordAction(tx, { actorId: actor.id, action: 'user.first-password', targetType: 'user', targetId: taken.id, after: { email, name, role } });
      return toSummary(claimed!);
    }
    const [created] = await tx.insert(users).values({ email, name, passwordHash, role, emailVerified: new Date() }).returning(summaryColumns);
    if (role !== 'reader') await ensureAuthorProfile(tx, created!);
    await recordAction(tx, { actorId: actor.id, action: 'user.create', targetType: 'user', targetId: created!.id, after: { email, name, role } });
    return toSummary(created!);
  });
}

/** Admins change roles; each change is audited with before and after. */
export async function changeRole(actor: Actor, userId: number, input: unknown): Promise<UserSummary> {
  assertCan(actor, 'user:change-role');
  const { role, reason } = parseOrThrow(changeRoleSchema, input);
  const db = await getDb();
  const summary = await db.transaction(async (tx) => {
    const target = await lockTarget(tx, userId);
    if (target.role === role) return toSummary(target);
    if (role !== 'admin') await assertAnotherAdmin(tx, target);
    const [updated] = await tx.update(users).set({ role, updatedAt: new Date() }).where(eq(users.id, userId)).returning(summaryColumns);
    await endAllSessions(tx, userId); // they sign in again under the new role
    if (role !== 'reader') await ensureAuthorProfile(tx, target);
    await recordAction(tx, { actorId: actor.id, action: 'user.role_change', targetType: 'user', targetId: userId, reason, before: { role: target.role }, after: { role } });
    return toSummary(updated!);
  });
  expireTags([cacheTags.user(userId)]);
  return summary;
}

/**
 * Bans (or suspends for `hours`) a user, optionally rejecting all their comments in the same step.
 * Editors may ban readers and authors; only admins ban staff; nobody bans themselves or the last admin.
 */
export async function banUser(actor: Actor, userId: number, input: unknown): Promise<UserSummary> {
  assertCan(actor, 'user:ban');
  const { reason, hours, hideComments } = parseOrThrow(banSchema, input);
  if (userId === actor.id) throw new AppError('forbidden', 'You cannot ban yourself.');
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const target = await lockTarget(tx, userId);
    if (!mayActOnUser(actor.role, target.role)) throw new AppError('forbidden', 'Only an admin can ban staff.');
    await assertAnotherAdmin(tx, target);
    const bannedUntil = hours ? new Date(Date.now() + hours * 3_600_000) : null;
    const [updated] = await tx
      .update(users)
      .set({ status: 'banned', bannedUntil, banReason: reason, updatedAt: new Date() })
      .where(eq(users.id, userId))
      .returning(summaryColumns);
    await endAllSessions(tx, userId);
    let hidden = 0;
    let touched: number[] = [];
    if (hideComments) {
      const stories = await tx
        .selectDistinct({ id: comments.articleId })
        .from(comments)
        .where(and(eq(comments.authorId, userId), sql`${comments.status} in ('approved', 'pending')`));
      await lockStories(tx, stories.map((a) => a.id));
      const rejected = await tx
        .update(comments)
        .set({ status: 'rejected', rejectionReason: 'banned', decidedAt: new Date() })
        .where(and(eq(comments.authorId, userId), sql`${comments.status} in ('approved', 'pending')`))
        .returning({ articleId: comments.articleId });
      hidden = rejected.length;
      touched = [...new Set(rejected.map((r) => r.articleId))];
      await recountStories(tx, touched);
    }
    await recordAction(tx, {
      actorId: actor.id,
      action: hours ? 'user.suspend' : 'user.ban',
      targetType: 'user',
      targetId: userId,
      reason,
      before: { status: target.status, bannedUntil: target.bannedUntil },
      after: { status: 'banned', bannedUntil, commentsRejected: hidden },
    });
    return { user: toSummary(updated!), touched };
  });
  // Their comments leave the public threads now, not when the cached pages expire.
  expireTags([...result.touched.map((id) => cacheTags.comments(id)), cacheTags.moderationQueues, cacheTags.user(userId)]);
  return result.user;
}

export async function unbanUser(actor: Actor, userId: number): Promise<UserSummary> {
  assertCan(actor, 'user:ban');
  const db = await getDb();
  const user = await db.transaction(async (tx) => {
    const target = await lockTarget(tx, userId);
    if (!mayActOnUser(actor.role, target.role)) throw new AppError('forbidden', 'Only an admin can unban staff.');
    if (target.status === 'active') return toSummary(target);
    const [updated] = await tx
      .update(users)
      .set({ status: 'active', bannedUntil: null, banReason: null, updatedAt: new Date() })
      .where(eq(users.id, userId))
      .returning(summaryColumns);
    await recordAction(tx, {
      actorId: actor.id,
      action: 'user.unban',
      targetType: 'user',
      targetId: userId,
      before: { status: target.status, bannedUntil: target.bannedUntil, banReason: target.banReason },
      after: { status: 'active' },
    });
    return toSummary(updated!);
  });
  expireTags([cacheTags.moderationQueues, cacheTags.user(userId)]); // the desk's cards show ban status
  return user;
}
