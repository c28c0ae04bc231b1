import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError } from '@/lib/db/data-dir-lock';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-lock-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('the embedded data directory lock', () => {
  it('refuses a directory held by another live process, naming it and the way out', async () => {
    const dir = tempDir();
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      fs.writeFileSync(path.join(dir, 'broadsheet.pid'), String(holder.pid));
      const attempt = acquireDataDirLock(dir);
      await expect(attempt).rejects.toBeInstanceOf(DataDirLockedError);
      await expect(attempt).rejects.toThrow(new RegExp(`in use by process ${holder.pid}.*DATA_DIR`));
    } finally {
      holder.kill();
    }
  });

  it('takes over a lock left by a process that is gone, and releases it', async () => {
    const dir = tempDir();
    const gone = spawn(process.execPath, ['-e', '0']);
    await new Promise((r) => gone.once('exit', r));
    fs.writeFileSync(path.join(dir, 'broadsheet.pid'), String(gone.pid));
    const release = await acquireDataDirLock(dir);
    expect(fs.readFileSync(path.join(dir, 'broadsheet.pid'), 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(path.join(dir, 'broadsheet.pid'))).toBe(false);
  });

  it('creates the directory when it does not exist yet', async () => {
    const dir = path.join(tempDir(), 'nested', 'data');
    const release = await acquireDataDirLock(dir);
    expect(fs.existsSync(path.join(dir, 'broadsheet.pid'))).toBe(true);
    release();
  });
});
