import type { IssueSummary } from '@/lib/newsletters/issues';
import { TimeStamp } from '@/components/ui/time-stamp';
import type { DateFormat } from '@/lib/dates/date-format';

/** Where an issue stands, in words, and how far its sending has gone. */
export function IssueProgress({ issue, dates }: { issue: IssueSummary; dates: DateFormat }) {
  const { recipients, sent, failed, waiting } = issue.progress;
  const status =
    issue.status === 'draft' ? (
      'Draft'
    ) : issue.status === 'scheduled' ? (
      <TimeStamp iso={issue.sendAt!} format={dates} prefix="Scheduled for " />
    ) : issue.status === 'sending' ? (
      `Sending: ${sent.toLocaleString('en-GB')} of ${recipients.toLocaleString('en-GB')}`
    ) : (
      <TimeStamp iso={issue.finishedAt!} format={dates} prefix={`Sent to ${sent.toLocaleString('en-GB')} of ${recipients.toLocaleString('en-GB')}, finished `} />
    );
  return (
    <div className="space-y-1 text-sm" data-testid={`issue-${issue.id}-progress`}>
      <p>{status}</p>
      {(issue.status === 'sending' || issue.status === 'sent') && (
        <>
          <progress max={Math.max(recipients, 1)} value={sent + failed} aria-label={`${issue.subject}: sent`} className="h-2 w-full max-w-xs" />
          {(failed > 0 || waiting > 0) && (
            <p className="text-neutral-700 dark:text-neutral-300">
              {failed > 0 && `${failed.toLocaleString('en-GB')} refused by their mail server (no more issues go to them)`}
              {failed > 0 && waiting > 0 && ' · '}
              {waiting > 0 && `${waiting.toLocaleString('en-GB')} waiting`}
            </p>
          )}
        </>
      )}
    </div>
  );
}
