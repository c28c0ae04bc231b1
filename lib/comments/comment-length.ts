/** Limits on a comment's length, shared by the server's check and the form's counter so the two agree. */
export const COMMENT_MIN = 2;
export const COMMENT_MAX = 5000;
/** How long after posting a commenter may edit or delete: the server's check and the edit button's. */
export const EDIT_WINDOW_MS = 15 * 60_000;

/** The text as it will be stored: composed (NFC), line endings unified, outer whitespace trimmed. */
export function normalizeCommentBody(body: string): string {
  return body.normalize('NFC').replace(/\r\n?/g, '\n').trim();
}
