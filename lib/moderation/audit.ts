import 'server-only';
import type { Tx } from '@/lib/db/client';
import { moderationActions } from '@/lib/db/schema';

/** What an audit entry can be about, with the name the log's filter shows. */
export const AUDIT_TARGETS = {
  comment: 'Comments',
  user: 'Users',
  article: 'Articles and pages',
  setting: 'Settings',
  section: 'Sections',
  tag: 'Tags',
  data: 'Backups, exports and imports',
  newsletter: 'Newsletters',
  banner: 'Breaking-news banner',
} as const;
export type AuditTarget = keyof typeof AUDIT_TARGETS;
export const AUDIT_TARGET_TYPES = Object.keys(AUDIT_TARGETS) as [AuditTarget, ...AuditTarget[]];

export type AuditEntry = {
  /** Null for what the system does by itself (a surge switch). */
  actorId: number | null;
  action: string;
  targetType: AuditTarget;
  targetId: number | string;
  reason?: string | null;
  before?: unknown;
  after?: unknown;
};

/** Appends to the audit log, inside the caller's transaction so the record and the change land together. */
export async function recordAction(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.insert(moderationActions).values({
    actorId: entry.actorId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: String(entry.targetId),
    reason: entry.reason ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
