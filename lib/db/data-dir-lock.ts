import fs from 'node:fs';
import path from 'node:path';

export class DataDirLockedError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `The embedded database in ${dataDir} is already in use by process ${pid}. ` +
        'PGlite cannot be shared between processes: stop that process, or set DATA_DIR to another folder ' +
        '(or DATABASE_URL to a PostgreSQL server) to run a second one.',
    );
    this.name = 'DataDirLockedError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const lockFileIn = (dataDir: string) => path.join(dataDir, 'broadsheet.pid');

/** The live process (other than this one) holding the data directory, if any; a lock left by a dead process is none. */
export function lockHolder(dataDir: string): number | null {
  let holder: number;
  try {
    holder = Number(fs.readFileSync(lockFileIn(dataDir), 'utf8'));
  } catch {
    return null;
  }
  return Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder) ? holder : null;
}

/**
 * Takes a pid lock file in the data directory; PGlite has no cross-process locking, and two writers lose data
 * silently. A lock left by a dead process is taken over. Returns the release function.
 */
export async function acquireDataDirLock(dataDir: string): Promise<() => void> {
  await fs.promises.mkdir(dataDir, { recursive: true });
  const lockFile = lockFileIn(dataDir);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      const release = () => {
        try {
          if (fs.readFileSync(lockFile, 'utf8') === String(process.pid)) fs.unlinkSync(lockFile);
        } catch {
          // already gone
        }
      };
      process.once('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number(fs.readFileSync(lockFile, 'utf8'));
      if (holder === process.pid) return () => {};
      if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) throw new DataDirLockedError(dataDir, holder);
      fs.unlinkSync(lockFile); // stale: its process is gone
    }
  }
  throw new Error(`Could not take the lock on ${dataDir}`);
}
