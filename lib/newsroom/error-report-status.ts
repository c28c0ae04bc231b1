/** The states of a reader's error report, shared by the service and the inbox's controls. */
export const ERROR_REPORT_STATUSES = ['received', 'checking', 'corrected', 'no_change'] as const;
export type ErrorReportStatus = (typeof ERROR_REPORT_STATUSES)[number];
export const ERROR_REPORT_LABELS: Record<ErrorReportStatus, string> = {
  received: 'Received',
  checking: 'Checking',
  corrected: 'Corrected',
  no_change: 'No change',
};
