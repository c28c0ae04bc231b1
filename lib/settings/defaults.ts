/** Settings a new newsroom starts with; the moderation desk edits them later. */
export const defaultSettings = {
  communityGuidelines:
    'Be respectful. Criticise ideas, not people. No spam, no personal attacks, no hate speech. ' +
    'Comments are moderated, and we may remove anything that breaks these rules.',
  defaultCommentMode: 'open',
  holdFirstComments: true,
  maxLinksBeforeHold: 2,
  autoCloseAfterDays: 30,
  surgeCommentsPerMinute: 30,
  /** Readers whose address is not yet proven: their comments are `publish`ed, held (`hold`) or refused (`refuse`). */
  unverifiedComments: 'hold',
} as const;
