/**
 * Why a comment was not published, as its author is told. Moderators pick one; the word rules use `banned_word`
 * and a ban with "reject all" uses `banned`.
 */
export const REJECTION_REASONS = ['guidelines', 'abuse', 'spam', 'off_topic', 'misinformation', 'personal_information', 'banned_word', 'banned'] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export const REJECTION_REASON_LABELS: Record<RejectionReason, string> = {
  guidelines: 'it breaks the community guidelines',
  abuse: 'it is abusive or hateful',
  spam: 'it looks like spam',
  off_topic: 'it is off-topic',
  misinformation: 'it spreads misinformation',
  personal_information: 'it shares personal information',
  banned_word: 'it uses language our guidelines do not allow',
  banned: 'its author was banned',
};

/** The reader-facing sentence for a stored reason code; unknown codes read as the general one. */
export function rejectionLabel(code: string | null | undefined): string {
  return (REJECTION_REASON_LABELS as Record<string, string>)[code ?? ''] ?? REJECTION_REASON_LABELS.guidelines;
}
