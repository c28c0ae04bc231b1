import type { ErrorReportStatus } from '@/lib/db/schema/enums';

export type { ErrorReportStatus };

/** What the inbox calls each state of a reader's error report (the database enum's values, every one of them). */
export const ERROR_REPORT_LABELS: Record<ErrorReportStatus, string> = {
  received: 'Received',
  checking: 'Checking',
  corrected: 'Corrected',
  no_change: 'No change',
};
export const ERROR_REPORT_STATUSES = Object.keys(ERROR_REPORT_LABELS) as ErrorReportStatus[];
