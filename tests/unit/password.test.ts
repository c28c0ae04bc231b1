import { describe, expect, it } from 'vitest';
import { hashPassword, passwordWork, verifyPassword } from '@/lib/auth/password';

describe('password hashing', () => {
  it('hashes with scrypt and a fresh salt, and verifies only the right password', async () => {
    const [a, b] = await Promise.all([hashPassword('correct horse battery'), hashPassword('correct horse battery')]);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
    expect(await verifyPassword('correct horse battery', 'md5$abc')).toBe(false);
  });

  it('runs one 32 MiB hash at a time however many sign-ins arrive together, and answers them all', async () => {
    const stored = await hashPassword('سلام 🔑 password');
    let most = 0;
    const watch = setInterval(() => (most = Math.max(most, passwordWork.activeCount)), 1);
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => verifyPassword(i % 2 ? 'سلام 🔑 password' : 'wrong', stored)));
    clearInterval(watch);
    expect(results).toEqual([false, true, false, true, false, true]);
    expect(most).toBe(1);
    expect(passwordWork.pendingCount).toBe(0);
  });
});
