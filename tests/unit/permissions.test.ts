import { describe, expect, it } from 'vitest';
import { ACTIONS, can, mayActOnUser, mayAttempt, type Action } from '@/lib/auth/permissions';
import type { UserRole } from '@/lib/db/schema/enums';

/**
 * The whole table, written out: for each role and action, what is allowed on one's own resource and on
 * someone else's. A change to the rules changes this table on purpose.
 */
type Cell = 'any' | 'own' | 'no';
const expected: Record<Action, Record<UserRole, Cell>> = {
  'comment:create': { reader: 'any', author: 'any', editor: 'any', admin: 'any' },
  'comment:edit': { reader: 'own', author: 'own', editor: 'own', admin: 'own' },
  'comment:delete': { reader: 'own', author: 'own', editor: 'own', admin: 'own' },
  'comment:like': { reader: 'any', author: 'any', editor: 'any', admin: 'any' },
  'comment:report': { reader: 'any', author: 'any', editor: 'any', admin: 'any' },
  'comment:moderate': { reader: 'no', author: 'no', editor: 'any', admin: 'any' },
  'article:create': { reader: 'no', author: 'any', editor: 'any', admin: 'any' },
  'article:read-draft': { reader: 'no', author: 'own', editor: 'any', admin: 'any' },
  'article:edit': { reader: 'no', author: 'own', editor: 'any', admin: 'any' },
  'article:publish': { reader: 'no', author: 'own', editor: 'any', admin: 'any' },
  'article:delete': { reader: 'no', author: 'own', editor: 'any', admin: 'any' },
  'article:correct': { reader: 'no', author: 'no', editor: 'any', admin: 'any' },
  'page:manage': { reader: 'no', author: 'no', editor: 'any', admin: 'any' },
  'section:manage': { reader: 'no', author: 'no', editor: 'any', admin: 'any' },
  'tag:manage': { reader: 'no', author: 'no', editor: 'any', admin: 'any' },
  'profile:edit': { reader: 'no', author: 'own', editor: 'own', admin: 'any' },
  'account:edit': { reader: 'own', author: 'own', editor: 'own', admin: 'own' },
  'user:list': { reader: 'no', author: 'no', editor: 'any', admin: 'any' },
  'user:create': { reader: 'no', author: 'no', editor: 'no', admin: 'any' },
  'user:ban': { reader: 'no', author: 'no', editor: 'any', admin: 'any' },
  'user:change-role': { reader: 'no', author: 'no', editor: 'no', admin: 'any' },
  'settings:edit': { reader: 'no', author: 'no', editor: 'no', admin: 'any' },
  'audit:read': { reader: 'no', author: 'no', editor: 'any', admin: 'any' },
  'data:manage': { reader: 'no', author: 'no', editor: 'no', admin: 'any' },
  'newsletter:manage': { reader: 'no', author: 'no', editor: 'no', admin: 'any' },
  'newsletter:send': { reader: 'no', author: 'no', editor: 'any', admin: 'any' },
  'banner:manage': { reader: 'no', author: 'no', editor: 'any', admin: 'any' },
};

const roles: UserRole[] = ['reader', 'author', 'editor', 'admin'];

describe('permissions', () => {
  it('lists every action in the expected table', () => {
    expect(Object.keys(expected).sort()).toEqual([...ACTIONS].sort());
  });

  for (const action of ACTIONS) {
    for (const role of roles) {
      const cell = expected[action][role];
      it(`${role} × ${action}: ${cell}`, () => {
        expect(can(role, action, true)).toBe(cell !== 'no');
        expect(can(role, action, false)).toBe(cell === 'any');
        // A route that does the action lets the role in whenever it holds any grant; the service decides the rest.
        expect(mayAttempt(role, action)).toBe(cell !== 'no');
      });
    }
  }
});

describe('acting on another account', () => {
  it('leaves staff accounts (editors, admins) to admins; editors act on readers and authors', () => {
    expect(roles.filter((target) => mayActOnUser('editor', target))).toEqual(['reader', 'author']);
    expect(roles.filter((target) => mayActOnUser('admin', target))).toEqual(roles);
  });
});
