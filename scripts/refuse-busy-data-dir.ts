/**
 * `predev` and `prestart` (package.json) run this before `next dev` / `next start`: on the embedded database,
 * a second server on the same data directory is refused here, with the reason, before Next prints "Ready"
 * (the server itself would refuse only after it).
 */
import path from 'node:path';
import { env } from '@/lib/env';
import { DataDirLockedError, lockHolder } from '@/lib/db/data-dir-lock';

if (!env.DATABASE_URL) {
  const dataDir = path.resolve(env.DATA_DIR);
  const holder = lockHolder(dataDir);
  if (holder !== null) {
    console.error(new DataDirLockedError(dataDir, holder).message);
    process.exit(1);
  }
}
