import type { UserRole } from '@/lib/db/schema/enums';

/**
 * Who may do what: a pure table of role × action. Actions marked `own` are allowed on the actor's own
 * resource only (an author edits only their articles and their profile); `any` on everyone's.
 * Services call `can()` after re-reading the actor from the database; nothing else decides.
 */
export const ACTIONS = [
  'comment:create',
  'comment:edit',
  'comment:delete',
  'comment:like',
  'comment:report',
  'comment:moderate',
  'article:create',
  'article:read-draft',
  'article:edit',
  'article:publish',
  'article:delete',
  'article:correct',
  'page:manage',
  'section:manage',
  'tag:manage',
  'profile:edit',
  'account:edit',
  'user:list',
  'user:create',
  'user:ban',
  'user:change-role',
  'settings:edit',
  'audit:read',
  /** Backups, the full export and imports: the whole publication, passwords' hashes included in a backup. */
  'data:manage',
  /** Newsletters: the lists, their senders, and who is on them. */
  'newsletter:manage',
  /** Composing, testing, scheduling and sending issues and breaking alerts to a list's subscribers. */
  'newsletter:send',
  /** The site-wide breaking-news banner. */
  'banner:manage',
] as const;
export type Action = (typeof ACTIONS)[number];

type Grant = 'own' | 'any';
type Table = Record<UserRole, Partial<Record<Action, Grant>>>;

const readerGrants = {
  'comment:create': 'any',
  'comment:edit': 'own',
  'comment:delete': 'own',
  'comment:like': 'any',
  'comment:report': 'any',
  'account:edit': 'own',
} as const satisfies Partial<Record<Action, Grant>>;

const authorGrants = {
  ...readerGrants,
  'article:create': 'any',
  'article:read-draft': 'own',
  'article:edit': 'own',
  'article:publish': 'own',
  'article:delete': 'own',
  'profile:edit': 'own',
} as const satisfies Partial<Record<Action, Grant>>;

const editorGrants = {
  ...authorGrants,
  'comment:moderate': 'any',
  'article:read-draft': 'any',
  'article:edit': 'any',
  'article:publish': 'any',
  'article:delete': 'any',
  'article:correct': 'any',
  'page:manage': 'any',
  'section:manage': 'any',
  'tag:manage': 'any',
  'user:list': 'any',
  'user:ban': 'any',
  'audit:read': 'any',
  'newsletter:send': 'any',
  'banner:manage': 'any',
} as const satisfies Partial<Record<Action, Grant>>;

export const PERMISSIONS: Table = {
  reader: readerGrants,
  author: authorGrants,
  editor: editorGrants,
  admin: { ...editorGrants, 'profile:edit': 'any', 'user:create': 'any', 'user:change-role': 'any', 'settings:edit': 'any', 'data:manage': 'any', 'newsletter:manage': 'any' },
};

/** Whether `role` may do `action`; for `own` grants, `owned` says whether the resource is the actor's. */
export function can(role: UserRole, action: Action, owned = false): boolean {
  const grant = PERMISSIONS[role][action];
  return grant === 'any' || (grant === 'own' && owned);
}

/**
 * Whether `role` holds a grant for `action` at all (on its own resources or everyone's): the rule a route
 * declares for its callers. The service then decides the case in hand with `can`.
 */
export function mayAttempt(role: UserRole, action: Action): boolean {
  return PERMISSIONS[role][action] !== undefined;
}

const STAFF_ROLES: readonly UserRole[] = ['editor', 'admin'];

/** Bans, unbans and role changes of staff accounts are an admin's; an editor acts on readers and authors. */
export function mayActOnUser(role: UserRole, targetRole: UserRole): boolean {
  return role === 'admin' || !STAFF_ROLES.includes(targetRole);
}
