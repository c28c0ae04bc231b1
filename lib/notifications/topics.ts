import type { NotificationKind, UserRole } from '@/lib/db/schema/enums';
import { can, type Action } from '@/lib/auth/permissions';

/**
 * What a person can ask to be emailed about: replies to their comments (everyone, on by default), and for
 * staff new comment reports and readers' error reports (off until they switch them on).
 */
export const TOPICS = {
  reply: { column: 'notifyReplies', field: 'replies', action: 'comment:create', label: 'replies to your comments' },
  report: { column: 'notifyReports', field: 'reports', action: 'comment:moderate', label: 'new reports of comments' },
  error_report: { column: 'notifyErrorReports', field: 'errorReports', action: 'article:correct', label: 'readers’ reports of errors in stories' },
} as const satisfies Record<NotificationKind, { column: string; field: string; action: Action; label: string }>;

/** The topics a role may ask for: a reader is never offered the moderators' reports. */
export const topicsFor = (role: UserRole): NotificationKind[] =>
  (Object.keys(TOPICS) as NotificationKind[]).filter((kind) => can(role, TOPICS[kind].action));

/** Roles that hear about a staff topic. */
export const rolesFor = (kind: NotificationKind): UserRole[] => (['reader', 'author', 'editor', 'admin'] as const).filter((r) => can(r, TOPICS[kind].action));
