import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { users } from '@/lib/db/schema';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { consumeAll } from '@/lib/rate-limit/limiter';
import type { AccountDto } from './account-dto';
import { credentialsSchema } from './schemas';

// An unknown email is checked against this hash, so it costs the same time as a wrong password.
let dummyHash: Promise<string> | undefined;

/**
 * Checks an email and password. Unknown email and wrong password give the same answer (null) in about the
 * same time. Every attempt takes its points before the password is checked (see limits.ts); a right password
 * gives them back, so only failures count. Too many throw a 429 AppError.
 */
export async function authenticate(input: unknown, ip: string): Promise<AccountDto | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const email = parsed.data.email.trim().toLowerCase();
  const attempt = await consumeAll([
    ['signInFailuresPerAccountAndIp', `${email} ${ip}`],
    ['signInFailuresPerIp', ip],
    ['signInFailuresPerAccount', email],
  ]);

  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, email));
  dummyHash ??= hashPassword('not-a-real-password-for-timing');
  const ok = await verifyPassword(parsed.data.password, user?.passwordHash ?? (await dummyHash));

  if (!user || !user.passwordHash || !ok) return null;
  await attempt.refund();
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}
