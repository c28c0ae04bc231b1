/** Why a reader reports a comment: the database enum and the report form both come from this list. */
export const REPORT_REASONS = ['spam', 'abuse', 'off_topic', 'misinformation', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

export const REPORT_REASON_LABELS: Record<ReportReason, string> = {
  spam: 'Spam or advertising',
  abuse: 'Abusive or hateful',
  off_topic: 'Off-topic',
  misinformation: 'Misinformation',
  other: 'Something else',
};
