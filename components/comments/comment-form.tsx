'use client';

import { useId, useState } from 'react';
import { COMMENT_MAX, COMMENT_MIN, normalizeCommentBody } from '@/lib/comments/comment-length';
import { failureText } from '@/lib/http/fetch-json';
import { Textarea } from '@/components/ui/controls';

type Props = {
  label: string;
  submitLabel: string;
  initial?: string;
  autoFocus?: boolean;
  textareaId?: string;
  /** Resolves when the server has the text; a thrown ApiError is shown under the box and the text is kept. */
  onSubmit: (body: string) => Promise<void>;
  onCancel?: () => void;
};

/** A comment box with a live character count, for new comments, replies and edits alike. */
export function CommentForm({ label, submitLabel, initial = '', autoFocus, textareaId, onSubmit, onCancel }: Props) {
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const generatedId = useId();
  const id = textareaId ?? generatedId;
  const length = normalizeCommentBody(text).length;
  const tooShort = length < COMMENT_MIN;
  const tooLong = length > COMMENT_MAX;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (tooShort || tooLong || sending) return;
    setSending(true);
    setError(null);
    try {
      await onSubmit(text);
      setText('');
    } catch (e) {
      setError(failureText(e, 'Could not reach the server. Your text is still here; try again.', 'body'));
    } finally {
      setSending(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-2" noValidate>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      <Textarea
        id={id}
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoFocus={autoFocus}
        rows={4}
        aria-describedby={`${id}-count`}
        aria-invalid={tooLong || undefined}
        className="w-full text-base"
      />
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <span id={`${id}-count`} aria-live="polite" className={tooLong ? 'font-semibold text-red-700 dark:text-red-400' : 'text-neutral-600 dark:text-neutral-400'}>
          {length.toLocaleString('en-GB')} / {COMMENT_MAX.toLocaleString('en-GB')} characters
          {tooLong && ` (${(length - COMMENT_MAX).toLocaleString('en-GB')} too many)`}
        </span>
        <span className="flex gap-2">
          {onCancel && (
            <button type="button" onClick={onCancel} className="rounded px-3 py-1.5 underline">
              Cancel
            </button>
          )}
          <button
            type="submit"
            disabled={tooShort || tooLong || sending}
            className="rounded bg-neutral-900 px-4 py-1.5 font-semibold text-white disabled:opacity-50 dark:bg-neutral-100 dark:text-neutral-900"
          >
            {sending ? 'Sending…' : submitLabel}
          </button>
        </span>
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </form>
  );
}
