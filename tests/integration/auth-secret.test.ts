import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

async function secretWith(env: Record<string, string>) {
  vi.resetModules();
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  return (await import('@/lib/auth/secret')).authSecret;
}
afterEach(() => vi.unstubAllEnvs());

describe('the session secret', () => {
  it('is required on a real deployment (DATABASE_URL), with a message saying what to do', async () => {
    const authSecret = await secretWith({ DATABASE_URL: 'postgres://x@127.0.0.1/y', NEXTAUTH_SECRET: '' });
    expect(() => authSecret()).toThrow(/NEXTAUTH_SECRET is not set.*openssl rand/);
  });

  it('is made once on the embedded database and kept, readable only by its owner', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-secret-'));
    try {
      const first = (await secretWith({ DATABASE_URL: '', NEXTAUTH_SECRET: '', DATA_DIR: dir }))();
      const second = (await secretWith({ DATABASE_URL: '', NEXTAUTH_SECRET: '', DATA_DIR: dir }))();
      expect(first).toHaveLength(64);
      expect(second).toBe(first);
      expect(fs.statSync(path.join(dir, 'auth-secret')).mode & 0o777).toBe(0o600);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('uses NEXTAUTH_SECRET when given, and refuses a short one', async () => {
    const secret = 's'.repeat(40);
    expect((await secretWith({ NEXTAUTH_SECRET: secret }))()).toBe(secret);
    await expect(secretWith({ NEXTAUTH_SECRET: 'short' })).rejects.toThrow(/NEXTAUTH_SECRET: must be at least 32 characters/);
  });
});
