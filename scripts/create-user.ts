/**
 * `npm run user:create -- --email ed@example.org --role admin [--name "Ed Itor"]`: creates an account on the
 * configured database (DATABASE_URL, else the embedded one in DATA_DIR). The password is asked for on the
 * terminal without echo, or read from standard input when piped: `echo "$PW" | npm run user:create -- …`.
 */
import readline from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { emailSchema, nameSchema, passwordSchema } from '@/lib/accounts/schemas';
import { hashPassword } from '@/lib/auth/password';
import { getDatabase } from '@/lib/db/client';
import { migrateDatabase } from '@/lib/db/migrate';
import { userRole, users } from '@/lib/db/schema';
import { env } from '@/lib/env';
import { runScript } from './run-script';

const { values } = parseArgs({ options: { email: { type: 'string' }, role: { type: 'string', default: 'reader' }, name: { type: 'string' } } });

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let data = '';
    for await (const chunk of process.stdin) data += chunk;
    return data.split(/\r?\n/)[0] ?? '';
  }
  // Ask on the terminal without echoing what is typed.
  let muted = false;
  const output = new Writable({
    write(chunk, _enc, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = readline.createInterface({ input: process.stdin, output, terminal: true });
  const ask = (q: string) =>
    new Promise<string>((resolve) => {
      process.stdout.write(q);
      muted = true;
      rl.question('', (answer) => {
        muted = false;
        process.stdout.write('\n');
        resolve(answer);
      });
    });
  const first = await ask('Password: ');
  const again = await ask('Repeat the password: ');
  rl.close();
  if (first !== again) throw new Error('The passwords do not match.');
  return first;
}

async function main() {
  const input = z
    .object({ email: emailSchema, role: z.enum(userRole.enumValues), name: nameSchema })
    .safeParse({ email: values.email, role: values.role, name: values.name ?? values.email?.split('@')[0] ?? '' });
  if (!input.success) throw new Error(input.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n'));
  const password = passwordSchema.safeParse(await readPassword());
  if (!password.success) throw new Error(`Password: ${password.error.issues[0]?.message}`);

  const database = await getDatabase();
  await migrateDatabase(database, env.DATABASE_URL);
  const [existing] = await database.db.select({ id: users.id }).from(users).where(eq(users.email, input.data.email));
  if (existing) throw new Error(`An account for ${input.data.email} already exists.`);
  // The operator vouches for the address: it counts as verified.
  await database.db.insert(users).values({ ...input.data, passwordHash: await hashPassword(password.data), emailVerified: new Date() });
  console.log(`Created ${input.data.role} ${input.data.email}. Sign in at /sign-in.`);
}

runScript(main);
