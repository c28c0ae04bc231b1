export type CommentMode = 'open' | 'premoderated' | 'closed';

const STRICTNESS: Record<CommentMode, number> = { open: 0, premoderated: 1, closed: 2 };

/**
 * The mode a story's thread is in right now: the stricter of the story's own mode and its section's override
 * (e.g. everything in "Courts" premoderated); premoderated while a surge lasts; and closed once the story is
 * older than the auto-close age (0 = never). The thread stays readable either way.
 */
export function effectiveCommentMode(
  story: {
    mode: CommentMode;
    sectionMode: CommentMode | null;
    publishedAt: Date | string | null;
    autoCloseAfterDays: number;
    surgeUntil?: Date | string | null;
  },
  now = Date.now(),
): CommentMode {
  let mode = story.sectionMode && STRICTNESS[story.sectionMode] > STRICTNESS[story.mode] ? story.sectionMode : story.mode;
  if (mode === 'closed') return 'closed';
  const published = story.publishedAt === null ? now : new Date(story.publishedAt).getTime();
  if (story.autoCloseAfterDays > 0 && published < now - story.autoCloseAfterDays * 86_400_000) return 'closed';
  if (story.surgeUntil && new Date(story.surgeUntil).getTime() > now) mode = 'premoderated';
  return mode;
}
