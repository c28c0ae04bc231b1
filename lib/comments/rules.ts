/** Text as the word rules see it: accents folded, lower-case, so "Idiót" matches "idiot". */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Words (or phrases) from `list` that appear in `text` as whole words, case- and accent-insensitively. */
export function matchWords(text: string, list: readonly string[]): string[] {
  const folded = foldText(text);
  return list.filter((entry) => {
    const words = foldText(entry).trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) return false;
    const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
    return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(folded);
  });
}

export function countLinks(text: string): number {
  return (text.match(/https?:\/\/\S+|www\.\S+/gi) ?? []).length;
}

// Characters that hide or reorder text (zero-width, bidi overrides): a comment carrying them is refused.
export const HIDDEN_CHARACTERS = /[\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069]/;

export type CommentSettings = { holdFirstComments: boolean; maxLinksBeforeHold: number; autoCloseAfterDays: number };
export type Verdict = { status: 'approved' | 'pending' | 'rejected'; reasons: string[] };

/**
 * The rules at the door, as a pure decision: banned words reject; premoderation, a first comment, an unproven
 * address, too many links or a suspect word hold for a moderator; otherwise approved. Every reason that applied is kept.
 */
export function judgeComment(input: {
  body: string;
  mode: 'open' | 'premoderated';
  isFirstComment: boolean;
  /** A reader whose address is not proven, on a site that holds such comments. */
  unverifiedHeld?: boolean;
  banned: readonly string[];
  suspect: readonly string[];
  settings: CommentSettings;
}): Verdict {
  const banned = matchWords(input.body, input.banned);
  if (banned.length > 0) return { status: 'rejected', reasons: banned.map((w) => `banned_word:${w}`) };
  const reasons: string[] = [];
  if (input.mode === 'premoderated') reasons.push('premoderated');
  if (input.settings.holdFirstComments && input.isFirstComment) reasons.push('first_comment');
  if (input.unverifiedHeld) reasons.push('unverified_email');
  if (countLinks(input.body) > input.settings.maxLinksBeforeHold) reasons.push('too_many_links');
  reasons.push(...matchWords(input.body, input.suspect).map((w) => `suspect_word:${w}`));
  return { status: reasons.length > 0 ? 'pending' : 'approved', reasons };
}
