import 'server-only';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { env, isEmbeddedDatabase } from '@/lib/env';

let cached: string | undefined;

/**
 * The secret that signs session tokens. A real deployment (DATABASE_URL) must set NEXTAUTH_SECRET; the
 * embedded database makes one on first use and keeps it beside the data, so `npm start` needs no setup.
 */
export function authSecret(): string {
  if (cached) return cached;
  if (env.NEXTAUTH_SECRET) return (cached = env.NEXTAUTH_SECRET);
  if (!isEmbeddedDatabase) {
    throw new Error(
      'NEXTAUTH_SECRET is not set. With DATABASE_URL (a real deployment) set it to a long random value, ' +
        'e.g. the output of `openssl rand -base64 48`, and keep it out of the repository.',
    );
  }
  const file = path.resolve(env.DATA_DIR, 'auth-secret');
  try {
    cached = fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    cached = randomBytes(48).toString('base64url');
    fs.writeFileSync(file, cached, { mode: 0o600, flag: 'wx' });
  }
  return cached;
}
