export type CommentMode = 'open' | 'premoderated' | 'closed';

/**
 * The mode a story's thread is in right now: its own setting, except that a story older than the
 * auto-close age (0 = never) is closed. The thread stays readable either way.
 */
export function effectiveCommentMode(
  mode: CommentMode,
  publishedAt: Date | string | null,
  autoCloseAfterDays: number,
  now = Date.now(),
): CommentMode {
  if (mode === 'closed') return 'closed';
  const published = publishedAt === null ? now : new Date(publishedAt).getTime();
  if (autoCloseAfterDays > 0 && published < now - autoCloseAfterDays * 86_400_000) return 'closed';
  return mode;
}
