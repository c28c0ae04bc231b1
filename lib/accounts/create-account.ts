import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { users } from '@/lib/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { AppError } from '@/lib/http/errors';
import { parseOrThrow } from '@/lib/validation/parse';
import { consume } from '@/lib/rate-limit/limiter';
import { mailEnabled } from '@/lib/mail/mail-config';
import type { AccountDto } from './account-dto';
import { sendAddressCheck } from './email-verification';
import { signUpSchema } from './schemas';

const isUniqueViolation = (err: unknown) =>
  (err as { code?: string; cause?: { code?: string } })?.code === '23505' ||
  (err as { cause?: { code?: string } })?.cause?.code === '23505';

const emailTaken = () =>
  new AppError('conflict', 'An account with this email already exists. Sign in instead.', {
    fields: {
      email: 'An account with this email already exists',
    },
  });

/** Signs up a reader, and sends the link that verifies their address. Input is validated before anything is counted or stored. */
export async function createAccount(input: unknown, ip: string): Promise<AccountDto> {
  const { email, password, name } = parseOrThrow(signUpSchema, input);
  await consume('signUpsPerIp', ip);
  const db = await getDb();
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (existing) throw emailTaken();
  const passwordHash = await hashPassword(password);
  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({ email, name, passwordHash, role: 'reader' })
        .returning({ id: users.id, name: users.name, email: users.email, role: users.role });
      // The address is the reader's word until they open the link this sends.
      if (mailEnabled()) await sendAddressCheck(tx, user!, user!.email);
      return user!;
    });
  } catch (err) {
    // Two sign-ups for one address at once: the unique index lets one through.
    if (isUniqueViolation(err)) throw emailTaken();
    throw err;
  }
}
