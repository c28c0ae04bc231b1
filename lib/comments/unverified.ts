/** What happens to a comment from a reader whose email address is not proven yet (a moderation setting). */
export const UNVERIFIED_COMMENT_RULES = ['publish', 'hold', 'refuse'] as const;
export type UnverifiedCommentRule = (typeof UNVERIFIED_COMMENT_RULES)[number];

export const UNVERIFIED_RULE_LABELS: Record<UnverifiedCommentRule, string> = {
  publish: 'Publish them like anyone’s',
  hold: 'Hold them for moderation',
  refuse: 'Refuse them until the address is confirmed',
};
