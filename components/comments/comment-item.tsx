'use client';

import { formatDateTime, relativeTime } from '@/lib/dates/date-format';
import { useState } from 'react';
import type { CommentDto } from '@/lib/comments/types';
import { EDIT_WINDOW_MS } from '@/lib/comments/comment-length';
import { CommentBody } from './comment-body';
import { CommentForm } from './comment-form';
import { ModerateMenu } from './moderate-menu';
import { ReportForm } from './report-form';
import { useThread } from './thread-context';

const MAX_INDENT = 3;
// The button hides a little before the server's window closes rather than offer an edit it will refuse.
const EDITABLE_MS = EDIT_WINDOW_MS - 5_000;

const linkButton = 'text-neutral-700 underline-offset-2 hover:underline dark:text-neutral-300';

/** One comment with its replies: replies indent to depth 3, deeper ones line up and say whom they answer. */
export function CommentItem({ comment, level }: { comment: CommentDto; level: number }) {
  const nested = level < MAX_INDENT;
  return (
    <li id={`comment-${comment.id}`} className="scroll-mt-24">
      {comment.status === 'deleted' ? (
        <p className="text-sm italic text-neutral-600 dark:text-neutral-400">Comment deleted</p>
      ) : (
        <CommentCard comment={comment} showReplyingTo={level > MAX_INDENT} />
      )}
      {comment.replies.length > 0 && (
        <ol className={nested ? 'mt-4 space-y-4 border-l-2 border-neutral-200 pl-4 dark:border-neutral-800' : 'mt-4 space-y-4'}>
          {comment.replies.map((r) => (
            <CommentItem key={r.id} comment={r} level={level + 1} />
          ))}
        </ol>
      )}
    </li>
  );
}

type Panel = 'none' | 'edit' | 'report';

/** A comment's words, who wrote it, and what the reader may do with it. */
export function CommentCard({ comment, showReplyingTo }: { comment: CommentDto; showReplyingTo: boolean }) {
  const thread = useThread();
  const [panel, setPanel] = useState<Panel>('none');
  const [reportedNow, setReportedNow] = useState(false);
  const { viewer } = thread;
  const own = viewer?.own.has(comment.id) ?? false;
  const liked = viewer?.liked.has(comment.id) ?? false;
  const reported = reportedNow || (viewer?.reported.has(comment.id) ?? false);
  const editable = own && thread.now - Date.parse(comment.createdAt) < EDITABLE_MS;
  const canReply = thread.mode !== 'closed';
  const author = comment.author?.name ?? 'Deleted user';

  return (
    <article className="space-y-1" aria-label={`Comment by ${author}`}>
      <header className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-semibold">{author}</span>
        {comment.author?.badge === 'author' && <Badge>Author</Badge>}
        {comment.author?.badge === 'staff' && <Badge>Staff</Badge>}
        {comment.featured && <Badge>Featured</Badge>}
        <a href={`#comment-${comment.id}`} className="text-neutral-600 hover:underline dark:text-neutral-400">
          <time dateTime={comment.createdAt} title={formatDateTime(comment.createdAt, thread.dates)}>
            {relativeTime(comment.createdAt, thread.now, thread.dates.language) ?? formatDateTime(comment.createdAt, thread.dates)}
          </time>
        </a>
        {comment.editedAt && <span className="text-neutral-600 dark:text-neutral-400">(edited)</span>}
      </header>
      {showReplyingTo && comment.replyingTo && <p className="text-xs text-neutral-600 dark:text-neutral-400">Replying to {comment.replyingTo}</p>}

      {panel === 'edit' ? (
        <CommentForm
          label="Edit your comment"
          submitLabel="Save"
          initial={comment.body}
          autoFocus
          onSubmit={async (body) => {
            await thread.edit(comment.id, body);
            setPanel('none');
          }}
          onCancel={() => setPanel('none')}
        />
      ) : (
        <CommentBody body={comment.body} />
      )}

      <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        {viewer && !own ? (
          <button type="button" aria-pressed={liked} onClick={() => thread.like(comment, !liked)} className={linkButton}>
            {liked ? '♥ Liked' : '♡ Like'} · {comment.likeCount}
          </button>
        ) : (
          <span className="text-neutral-600 dark:text-neutral-400">{comment.likeCount === 1 ? '1 like' : `${comment.likeCount} likes`}</span>
        )}
        {canReply &&
          (viewer ? (
            <button type="button" onClick={() => thread.setReplyTo(thread.replyTo === comment.id ? null : comment.id)} className={linkButton}>
              Reply
            </button>
          ) : (
            <a href={thread.signInHref(`#reply-${comment.id}`)} className={linkButton}>
              Sign in to reply
            </a>
          ))}
        {editable && panel !== 'edit' && (
          <button type="button" onClick={() => setPanel('edit')} className={linkButton}>
            Edit
          </button>
        )}
        {own && (
          <button
            type="button"
            onClick={() => {
              if (window.confirm('Delete your comment? This cannot be undone.')) void thread.remove(comment.id);
            }}
            className={linkButton}
          >
            Delete
          </button>
        )}
        {viewer?.moderator && <ModerateMenu comment={comment} />}
        {viewer && !own && (reported ? <span className="text-neutral-600 dark:text-neutral-400">Reported</span> : (
          <button type="button" onClick={() => setPanel(panel === 'report' ? 'none' : 'report')} aria-expanded={panel === 'report'} className={linkButton}>
            Report
          </button>
        ))}
      </div>

      {panel === 'report' && (
        <ReportForm
          commentId={comment.id}
          onDone={(sent) => {
            setPanel('none');
            if (sent) setReportedNow(true);
          }}
        />
      )}
      {thread.replyTo === comment.id && viewer && (
        <div className="pt-2">
          <CommentForm
            label={`Reply to ${author}`}
            submitLabel="Post reply"
            autoFocus
            onSubmit={(body) => thread.post(body, comment.id)}
            onCancel={() => thread.setReplyTo(null)}
          />
        </div>
      )}
    </article>
  );
}

function Badge({ children }: { children: React.ReactNode }) {
  return (
    <span className="rounded bg-neutral-900 px-1.5 py-0.5 text-[10px] font-bold uppercase tracking-wide text-white dark:bg-neutral-100 dark:text-neutral-900">
      {children}
    </span>
  );
}
