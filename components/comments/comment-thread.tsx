'use client';

import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { CommentDto } from '@/lib/comments/types';
import { commentThreadOptions, type CommentSort } from '@/lib/queries/comments';
import { CommentBody } from './comment-body';

const MAX_INDENT = 3;
const SORTS: { value: CommentSort; label: string }[] = [
  { value: 'newest', label: 'Newest' },
  { value: 'oldest', label: 'Oldest' },
  { value: 'top', label: 'Top' },
];

/** The article's comment area: count, sort, the approved thread with "load more". Read-only for now. */
export function CommentThread({ slug, initialCount, closed }: { slug: string; initialCount: number; closed: boolean }) {
  const [sort, setSort] = useState<CommentSort>('newest');
  const query = useInfiniteQuery({ ...commentThreadOptions(slug, sort), refetchInterval: 60_000 });
  const total = query.data?.pages[0]?.total ?? initialCount;
  const comments = query.data?.pages.flatMap((p) => p.comments) ?? [];
  const mine = query.data?.pages[0]?.mine ?? [];

  // A #comment-ID permalink scrolls to and highlights its comment once the thread has loaded.
  useEffect(() => {
    const id = window.location.hash.match(/^#comment-(\d+)$/)?.[1];
    const el = id ? document.getElementById(`comment-${id}`) : null;
    if (el) {
      el.scrollIntoView({ block: 'center' });
      el.classList.add('comment-target');
    }
  }, [comments.length]);

  return (
    <section aria-labelledby="comments-heading" className="mt-12 border-t border-neutral-200 pt-6 dark:border-neutral-800">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="comments-heading" className="font-serif text-2xl font-bold">
          {total === 1 ? '1 comment' : `${total.toLocaleString('en-GB')} comments`}
        </h2>
        <label className="flex items-center gap-2 text-sm">
          Sort by
          <select
            value={sort}
            onChange={(e) => setSort(e.target.value as CommentSort)}
            className="rounded border border-neutral-400 bg-transparent px-2 py-1 dark:border-neutral-600"
          >
            {SORTS.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {closed && <p className="mt-3 text-sm text-neutral-600 dark:text-neutral-400">Comments are closed on this story.</p>}
      {query.isPending && <p className="mt-4 text-sm">Loading comments…</p>}
      {query.isError && (
        <p role="alert" className="mt-4 text-sm text-red-700 dark:text-red-400">
          Comments could not be loaded. {query.error.message}
        </p>
      )}
      {query.isSuccess && comments.length === 0 && <p className="mt-4 text-sm">No comments yet.</p>}
      {mine.length > 0 && (
        <ul aria-label="Your comments not yet published" className="mt-4 space-y-3">
          {mine.map((c) => (
            <li key={c.id} className="rounded border border-dashed border-neutral-400 p-3 text-sm dark:border-neutral-600">
              <p className="font-semibold">
                {c.status === 'pending' ? 'Your comment is awaiting moderation' : `Your comment was not published (${c.rejectionReason})`}
              </p>
              <CommentBody body={c.body} />
            </li>
          ))}
        </ul>
      )}
      <ol className="mt-4 space-y-6" data-testid="comment-thread">
        {comments.map((c) => (
          <CommentItem key={c.id} comment={c} level={0} />
        ))}
      </ol>
      {query.hasNextPage && (
        <button
          type="button"
          onClick={() => query.fetchNextPage()}
          disabled={query.isFetchingNextPage}
          className="mt-6 rounded border border-neutral-400 px-4 py-2 text-sm dark:border-neutral-600"
        >
          {query.isFetchingNextPage ? 'Loading…' : 'Load more comments'}
        </button>
      )}
    </section>
  );
}

function CommentItem({ comment, level }: { comment: CommentDto; level: number }) {
  const nested = level < MAX_INDENT;
  return (
    <li id={`comment-${comment.id}`} className="scroll-mt-24">
      {comment.status === 'deleted' ? (
        <p className="text-sm italic text-neutral-600 dark:text-neutral-400">Comment deleted</p>
      ) : (
        <article className="space-y-1">
          <header className="flex flex-wrap items-center gap-2 text-sm">
            <span className="font-semibold">{comment.author?.name ?? 'Deleted user'}</span>
            {comment.author?.badge === 'author' && <Badge>Author</Badge>}
            {comment.author?.badge === 'staff' && <Badge>Staff</Badge>}
            {comment.featured && <Badge>Featured</Badge>}
            <a href={`#comment-${comment.id}`} className="text-neutral-600 hover:underline dark:text-neutral-400">
              <time dateTime={comment.createdAt}>{new Date(comment.createdAt).toISOString().slice(0, 16).replace('T', ' ')} UTC</time>
            </a>
            {comment.editedAt && <span className="text-neutral-600 dark:text-neutral-400">(edited)</span>}
          </header>
          {!nested && comment.replyingTo && (
            <p className="text-xs text-neutral-600 dark:text-neutral-400">Replying to {comment.replyingTo}</p>
          )}
          <CommentBody body={comment.body} />
          <p className="text-xs text-neutral-600 dark:text-neutral-400">
            {comment.likeCount === 1 ? '1 like' : `${comment.likeCount} likes`}
          </p>
        </article>
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

function Badge({ children }: { children: React.ReactNode }) {
  return (
    <span className="rounded bg-neutral-900 px-1.5 py-0.5 text-[10px] font-bold uppercase tracking-wide text-white dark:bg-neutral-100 dark:text-neutral-900">
      {children}
    </span>
  );
}
