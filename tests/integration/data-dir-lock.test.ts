import { spawn, spawnSync } from 'node:child_process';
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

  it('refuses a second server before Next starts (npm run dev and npm start run this first: predev, prestart), and lets a free one through', () => {
    const dir = tempDir();
    const check = () =>
      spawnSync('npm', ['run', '-s', 'predev'], {
        env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '' },
        encoding: 'utf8',
      });
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      fs.writeFileSync(path.join(dir, 'broadsheet.pid'), String(holder.pid));
      const refused = check();
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain(`is already in use by process ${holder.pid}`);
    } finally {
      holder.kill();
    }
    fs.writeFileSync(path.join(dir, 'broadsheet.pid'), '999999999'); // a process that is gone
    expect(check().status).toBe(0);
  });
});
