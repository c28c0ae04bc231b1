import type { ReportReason } from '@/lib/db/schema/enums';

export type { ReportReason };

/**
 * What the report form calls each reason. The values are the database enum's; the type makes this list name
 * every one of them, so the form (a client component, which must not load the schema) lists them from here.
 */
export const REPORT_REASON_LABELS: Record<ReportReason, string> = {
  spam: 'Spam or advertising',
  abuse: 'Abusive or hateful',
  off_topic: 'Off-topic',
  misinformation: 'Misinformation',
  other: 'Something else',
};
export const REPORT_REASONS = Object.keys(REPORT_REASON_LABELS) as ReportReason[];
