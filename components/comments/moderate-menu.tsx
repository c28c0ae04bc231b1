'use client';

import { useState } from 'react';
import { BanForm } from '@/components/moderation/ban-form';
import { REJECTION_REASON_LABELS, REJECTION_REASONS } from '@/lib/comments/rejection-reasons';
import type { CommentDto } from '@/lib/comments/types';
import { errorMessage } from '@/lib/http/fetch-json';
import { moderationApi } from '@/lib/queries/moderation';
import { useThread } from './thread-context';

const REASONS = REJECTION_REASONS.filter((r) => r !== 'banned_word' && r !== 'banned');
const button = 'rounded border border-neutral-400 px-2 py-0.5 dark:border-neutral-600';

/** Moderating in place: editors and admins reject, feature or ban from the public thread. */
export function ModerateMenu({ comment }: { comment: CommentDto }) {
  const thread = useThread();
  const [open, setOpen] = useState(false);
  const [banning, setBanning] = useState(false);
  const [reason, setReason] = useState<string>('guidelines');
  const authorId = thread.viewer?.authors.get(comment.id);

  async function decide(action: 'reject' | 'feature' | 'unfeature', done: string) {
    setOpen(false);
    try {
      // The thread does not show moderation state (open reports), so no expectation is sent: the server's
      // state machine still refuses a decision that no longer applies.
      await moderationApi.decide(comment.id, { action, ...(action === 'reject' && { reason }) });
      await thread.moderated(done);
    } catch (e) {
      await thread.moderated(errorMessage(e, 'The decision could not be saved.'));
    }
  }

  return (
    <>
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)} className="text-neutral-700 underline-offset-2 hover:underline dark:text-neutral-300">
        Moderate
      </button>
      {open && (
        <div role="group" aria-label="Moderate this comment" className="flex w-full flex-wrap items-center gap-2 rounded bg-neutral-100 p-2 text-sm dark:bg-neutral-900">
          <button type="button" className={button} onClick={() => decide('reject', 'The comment is rejected.')}>
            Reject
          </button>
          <label className="sr-only" htmlFor={`mod-reason-${comment.id}`}>
            Reason
          </label>
          <select id={`mod-reason-${comment.id}`} value={reason} onChange={(e) => setReason(e.target.value)} className="rounded border bg-transparent px-1 py-0.5">
            {REASONS.map((r) => (
              <option key={r} value={r}>
                {REJECTION_REASON_LABELS[r]}
              </option>
            ))}
          </select>
          <button
            type="button"
            className={button}
            onClick={() => decide(comment.featured ? 'unfeature' : 'feature', comment.featured ? 'The comment is no longer featured.' : 'The comment is featured.')}
          >
            {comment.featured ? 'Unfeature' : 'Feature'}
          </button>
          {authorId && authorId !== thread.viewer?.id && (
            <button type="button" className={button} aria-expanded={banning} onClick={() => setBanning(!banning)}>
              Ban author
            </button>
          )}
          {banning && authorId && (
            <BanForm userId={authorId} name={comment.author?.name ?? 'this reader'} onDone={(message) => {
                setOpen(false);
                void thread.moderated(message);
              }} />
          )}
        </div>
      )}
    </>
  );
}
