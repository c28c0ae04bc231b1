'use client';

import { useState } from 'react';
import { REPORT_REASON_LABELS, REPORT_REASONS, type ReportReason } from '@/lib/comments/report-reasons';
import { errorMessage } from '@/lib/http/fetch-json';
import { useThread } from './thread-context';
import { Button, Textarea } from '@/components/ui/controls';

/** Tells the moderators what is wrong with a comment: a reason and, if the reader wants, a note. */
export function ReportForm({ commentId, onDone }: { commentId: number; onDone: (sent: boolean) => void }) {
  const { report } = useThread();
  const [reason, setReason] = useState<ReportReason | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!reason) return setError('Choose a reason.');
    setSending(true);
    try {
      await report(commentId, reason, note);
      onDone(true);
    } catch (e) {
      setError(errorMessage(e, 'Could not reach the server; try again.'));
      setSending(false);
    }
  }

  return (
    <form onSubmit={submit} className="mt-2 space-y-2 rounded border border-neutral-300 p-3 text-sm dark:border-neutral-700">
      <fieldset>
        <legend className="font-semibold">What is wrong with this comment?</legend>
        {REPORT_REASONS.map((r) => (
          <label key={r} className="mt-1 flex items-center gap-2">
            <input type="radio" name={`reason-${commentId}`} value={r} checked={reason === r} onChange={() => setReason(r)} />
            {REPORT_REASON_LABELS[r]}
          </label>
        ))}
      </fieldset>
      <label className="block">
        <span className="font-semibold">Note for the moderators (optional)</span>
        <Textarea
          value={note}
          onChange={(e) => setNote(e.target.value)}
          maxLength={500}
          rows={2}
          className="mt-1 w-full"
        />
      </label>
      {error && (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      <div className="flex gap-2">
        <Button type="submit" variant="primary" disabled={sending}>
          Send report
        </Button>
        <button type="button" onClick={() => onDone(false)} className="px-3 py-1.5 underline">
          Cancel
        </button>
      </div>
    </form>
  );
}
