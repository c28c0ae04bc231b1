'use client';

import { useState } from 'react';
import { ApiError, fetchJson } from '@/lib/http/fetch-json';
import { ERROR_REPORT_LABELS, type ErrorReportStatus } from '@/lib/newsroom/error-report-status';

/** Moves a reader's error report through received → checking → corrected / no change. */
export function ErrorReportStatusSelect({ id, status }: { id: number; status: ErrorReportStatus }) {
  const [value, setValue] = useState(status);
  const [note, setNote] = useState<string | null>(null);
  async function change(next: ErrorReportStatus) {
    const before = value;
    setValue(next);
    try {
      await fetchJson(`/api/newsroom/error-reports/${id}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ status: next }) });
      setNote('Saved');
    } catch (e) {
      setValue(before);
      setNote(e instanceof ApiError ? e.message : 'Could not reach the server.');
    }
  }
  return (
    <label className="flex items-center gap-2">
      Status
      <select value={value} onChange={(e) => change(e.target.value as ErrorReportStatus)} className="rounded border border-neutral-400 bg-transparent px-2 py-1 dark:border-neutral-600">
        {(Object.keys(ERROR_REPORT_LABELS) as ErrorReportStatus[]).map((s) => (
          <option key={s} value={s}>
            {ERROR_REPORT_LABELS[s]}
          </option>
        ))}
      </select>
      {note && <span role="status">{note}</span>}
    </label>
  );
}
