import 'server-only';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb, type Db, type Tx } from '@/lib/db/client';
import { users } from '@/lib/db/schema';
import { signUpSchema } from '@/lib/accounts/schemas';
import type { AccountDto } from '@/lib/accounts/account-dto';
import { hashPassword } from '@/lib/auth/password';
import { cachedRead } from '@/lib/cache/cached';
import { expireTags } from '@/lib/cache/expire';
import { cacheTags } from '@/lib/cache/tags';
import { AppError } from '@/lib/http/errors';
import { parseOrThrow } from '@/lib/validation/parse';
import { recordAction } from '@/lib/moderation/audit';
import { readStoredSettings } from '@/lib/settings/read-settings';
import { editableSiteSettingsSchema } from '@/lib/settings/site-settings-schema';
import { deleteSetting, storeSetting, writeSetting } from '@/lib/settings/write-setting';

/**
 * First run. A database without an admin is a publication nobody has set up: every page points to /setup, and
 * the server prints a one-time token at start. Whoever holds the token names the publication and becomes its
 * first admin; after that the route answers 409 for good. Tokens are stored hashed, several at once (every
 * instance that starts prints its own), and all are dropped when one is used.
 */

const TOKENS_KEY = 'setupTokens';
/** Serialises setups: of several at once exactly one finds no admin. */
const SETUP_LOCK = 7_301_115;
const KEEP_TOKENS = 10;

const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

async function adminExists(db: Db | Tx): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.role, 'admin')).limit(1);
  return Boolean(row);
}

/** Whether the site still needs its first admin, read from the database now. */
export async function readSetupNeeded(): Promise<boolean> {
  return !(await adminExists(await getDb()));
}

// Once an admin exists one always will (the last admin cannot be removed), so a process that has seen one
// stops asking. Until then the answer is cached only briefly: another instance, or `npm run user:create`,
// may set the site up at any moment.
const memo = ((globalThis as { __broadsheetSetUp?: { done: boolean } }).__broadsheetSetUp ??= { done: false });
const cachedSetupNeeded = cachedRead('setup-needed', readSetupNeeded, () => [cacheTags.site], 5);

/** The same for pages, which ask on every render: cached, and not asked again once the answer is no. */
export async function isSetupNeeded(): Promise<boolean> {
  if (memo.done) return false;
  const needed = await cachedSetupNeeded();
  if (!needed) memo.done = true;
  return needed;
}

/**
 * A fresh setup token when the site needs setting up (printed once in the server log), else null. Called at
 * start, it also spares a set-up site's first pages the short-lived "needs setup?" read (and its 5 s expiry).
 */
export async function issueSetupToken(): Promise<string | null> {
  const db = await getDb();
  if (await adminExists(db)) {
    memo.done = true;
    return null;
  }
  const token = randomBytes(24).toString('base64url');
  await db.transaction(async (tx) => {
    const stored = (await readStoredSettings(tx, [TOKENS_KEY])).get(TOKENS_KEY);
    const hashes = Array.isArray(stored) ? stored.filter((h): h is string => typeof h === 'string') : [];
    await storeSetting(tx, null, TOKENS_KEY, [...hashes, hashToken(token)].slice(-KEEP_TOKENS));
  });
  return token;
}

async function tokenIsValid(db: Db | Tx, token: unknown): Promise<boolean> {
  if (typeof token !== 'string' || token.length === 0 || token.length > 200) return false;
  const stored = (await readStoredSettings(db, [TOKENS_KEY])).get(TOKENS_KEY);
  const given = Buffer.from(hashToken(token), 'hex');
  return Array.isArray(stored) && stored.some((h) => typeof h === 'string' && h.length === 64 && timingSafeEqual(Buffer.from(h, 'hex'), given));
}

export const setupSchema = z.object({
  publicationName: editableSiteSettingsSchema.shape.publicationName,
  admin: signUpSchema,
});

const wrongToken = () => new AppError('forbidden', 'That setup token is not valid. Use the address printed in the server log when it started.');
const alreadySetUp = () => new AppError('conflict', 'This site is already set up. Sign in instead.');

/**
 * Sets the site up: the publication's name and its first admin (a verified account; the address was typed by
 * whoever holds the server's log). 409 once an admin exists, 403 for a missing or wrong token.
 */
export async function completeSetup(raw: unknown): Promise<AccountDto> {
  const token = (raw as { token?: unknown } | null)?.token;
  const db = await getDb();
  if (await adminExists(db)) throw alreadySetUp();
  if (!(await tokenIsValid(db, token))) throw wrongToken();
  const { publicationName, admin } = parseOrThrow(setupSchema, raw);
  const passwordHash = await hashPassword(admin.password);

  const account = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SETUP_LOCK})`);
    if (await adminExists(tx)) throw alreadySetUp();
    if (!(await tokenIsValid(tx, token))) throw wrongToken();
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, admin.email));
    if (taken) throw new AppError('invalid_input', 'An account with this email already exists.', { fields: { 'admin.email': 'An account with this email already exists' } });
    const [user] = await tx
      .insert(users)
      .values({ email: admin.email, name: admin.name, passwordHash, role: 'admin', emailVerified: new Date() })
      .returning({ id: users.id, name: users.name, email: users.email, role: users.role });
    await deleteSetting(tx, TOKENS_KEY);
    const current = (await readStoredSettings(tx, ['publicationName'])).get('publicationName') ?? null;
    await writeSetting(tx, user!.id, 'publicationName', current, publicationName);
    await recordAction(tx, { actorId: user!.id, action: 'site.setup', targetType: 'user', targetId: user!.id, after: { publicationName, admin: admin.email } });
    return user!;
  });
  memo.done = true;
  expireTags([cacheTags.site]);
  return account;
}
