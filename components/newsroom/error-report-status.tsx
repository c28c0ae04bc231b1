'use client';

import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage, fetchJson, jsonRequest } from '@/lib/http/fetch-json';
import { ERROR_REPORT_LABELS, type ErrorReportStatus } from '@/lib/newsroom/error-report-status';
import { Select } from '@/components/ui/controls';

/** Moves a reader's error report through received → checking → corrected / no change. */
export function ErrorReportStatusSelect({ id, status }: { id: number; status: ErrorReportStatus }) {
  const [saved, setSaved] = useState(status);
  // Optimistic: the select shows the new status at once (the mutation's variables) and falls back if refused.
  const change = useMutation({
    mutationFn: (next: ErrorReportStatus) => fetchJson(`/api/newsroom/error-reports/${id}`, jsonRequest('PATCH', { status: next })),
    onSuccess: (_answer, next) => setSaved(next),
  });
  const value = change.isPending ? change.variables : saved;
  const note = change.isSuccess ? 'Saved' : change.isError ? errorMessage(change.error, 'Could not reach the server.') : null;
  return (
    <label className="flex items-center gap-2">
      Status
      <Select value={value} onChange={(e) => change.mutate(e.target.value as ErrorReportStatus)}>
        {(Object.keys(ERROR_REPORT_LABELS) as ErrorReportStatus[]).map((s) => (
          <option key={s} value={s}>
            {ERROR_REPORT_LABELS[s]}
          </option>
        ))}
      </Select>
      {note && <span role="status">{note}</span>}
    </label>
  );
}
