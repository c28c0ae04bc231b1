'use client';

import type { DateFormat } from '@/lib/dates/date-format';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { QueryProvider } from '@/components/providers/query-provider';
import { rejectionLabel } from '@/lib/comments/rejection-reasons';
import type { CommentDto } from '@/lib/comments/types';
import {
  commentApi,
  commentKeys,
  commentThreadOptions,
  latestTotalOptions,
  useLikeComment,
  type CommentSort,
  type PostedComment,
} from '@/lib/queries/comments';
import { CommentBody } from './comment-body';
import { CommentForm } from './comment-form';
import { CommentCard, CommentItem } from './comment-item';
import { ThreadContext, useThread, type ThreadContextValue, type Viewer } from './thread-context';
import { countOf } from '@/lib/text/count';
import { Select } from '@/components/ui/controls';

const SORTS: { value: CommentSort; label: string }[] = [
  { value: 'newest', label: 'Newest' },
  { value: 'oldest', label: 'Oldest' },
  { value: 'top', label: 'Top' },
];
// A permalink to a comment far down the thread loads pages until it is found, up to this many.
const MAX_PAGES_FOR_PERMALINK = 25;
const FORM_ID = 'comment-form';

const POSTED_MESSAGE: Record<PostedComment['status'], string> = {
  approved: 'Your comment is published.',
  pending: 'Thanks. Your comment is awaiting moderation; only you can see it until a moderator approves it.',
  rejected: 'Your comment was not published: it breaks the community guidelines.',
};

/** The whole comment area, with its own query cache: loaded on demand, so readers who never scroll here never pay for it. */
export default function CommentThreadIsland({ slug, initialCount, dates }: { slug: string; initialCount: number; dates: DateFormat }) {
  return (
    <QueryProvider>
      <CommentThread slug={slug} initialCount={initialCount} dates={dates} />
    </QueryProvider>
  );
}

/** Where `#comment-ID`, `#reply-ID` or `#comment-form` in the address points. */
function readHashTarget(): { id: number; reply: boolean } | 'form' | null {
  const hash = window.location.hash;
  if (hash === `#${FORM_ID}`) return 'form';
  const match = hash.match(/^#(comment|reply)-(\d+)$/);
  return match ? { id: Number(match[2]), reply: match[1] === 'reply' } : null;
}

function CommentThread({ slug, initialCount, dates }: { slug: string; initialCount: number; dates: DateFormat }) {
  const queryClient = useQueryClient();
  const [sort, setSort] = useState<CommentSort>('newest');
  const [replyTo, setReplyTo] = useState<number | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const likeComment = useLikeComment(slug, sort, setStatus);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 10_000);
    return () => clearInterval(timer);
  }, []);
  const query = useInfiniteQuery(commentThreadOptions(slug, sort));
  const latest = useQuery({ ...latestTotalOptions(slug), enabled: query.isSuccess });

  const pages = query.data?.pages;
  const first = pages?.[0];
  const total = first?.total ?? initialCount;
  const comments = useMemo(() => pages?.flatMap((p) => p.comments) ?? [], [pages]);
  const newCount = latest.data !== undefined && first ? Math.max(0, latest.data - first.total) : 0;
  const mode = first?.about?.mode ?? 'open';

  const viewer = useMemo<Viewer | null>(() => {
    const base = pages?.[0]?.viewer;
    if (!base || !pages) return null;
    const all = (key: 'liked' | 'own' | 'reported') => new Set(pages.flatMap((p) => p.viewer?.[key] ?? []));
    const authors = new Map(pages.flatMap((p) => Object.entries(p.viewer?.authors ?? {}).map(([c, u]) => [Number(c), u] as const)));
    return { id: base.id, name: base.name, moderator: base.moderator, liked: all('liked'), own: all('own'), reported: all('reported'), authors };
  }, [pages]);

  const refresh = useCallback(() => queryClient.invalidateQueries({ queryKey: commentKeys.article(slug) }), [queryClient, slug]);

  // Where the address points: scroll there once it is loaded, loading further pages when needed.
  const target = useRef(typeof window === 'undefined' ? null : readHashTarget());
  useEffect(() => {
    const t = target.current;
    if (!t || !query.isSuccess) return;
    if (t === 'form') {
      const box = document.getElementById(FORM_ID);
      if (!box) return;
      box.scrollIntoView({ block: 'center' });
      box.focus();
      target.current = null;
      return;
    }
    const el = document.getElementById(`comment-${t.id}`);
    if (el) {
      el.scrollIntoView({ block: 'center' });
      el.classList.add('comment-target');
      if (t.reply && viewer) setReplyTo(t.id);
      target.current = null;
    } else if (query.hasNextPage && !query.isFetchingNextPage && (pages?.length ?? 0) < MAX_PAGES_FOR_PERMALINK) {
      void query.fetchNextPage();
    } else if (!query.hasNextPage) {
      target.current = null;
    }
  }, [query, pages, viewer]);

  const thread: ThreadContextValue = {
    mode,
    now,
    dates,
    viewer,
    replyTo,
    setReplyTo,
    signInHref: (hash) => `/sign-in?callbackUrl=${encodeURIComponent(window.location.pathname + hash)}`,
    post: async (body, parentId) => {
      const posted = await commentApi.post(slug, body, parentId);
      setReplyTo(null);
      setStatus(
        posted.status === 'pending' && posted.reasons.includes('unverified_email')
          ? 'Thanks. Your comment waits for a moderator until you confirm your email address: open the link we sent you (your account page sends it again).'
          : POSTED_MESSAGE[posted.status],
      );
      if (posted.status === 'approved') target.current = { id: posted.id, reply: false };
      await refresh();
    },
    edit: async (id, body) => {
      const edited = await commentApi.edit(id, body);
      setStatus(edited.status === 'pending' ? 'Your edit is awaiting moderation.' : 'Your comment is updated.');
      await refresh();
    },
    remove: async (id) => {
      try {
        await commentApi.remove(id);
        setStatus('Your comment is deleted.');
      } catch (e) {
        setStatus(e instanceof Error ? e.message : 'Could not delete the comment.');
      }
      await refresh();
    },
    report: async (id, reason, note) => {
      await commentApi.report(id, reason, note);
      setStatus('Thanks. The moderators will look at this comment.');
    },
    moderated: async (message) => {
      setStatus(message);
      await refresh();
    },
    like: (comment, liked) => likeComment.mutate({ comment, liked }),
  };

  return (
    <ThreadContext.Provider value={thread}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="comments-heading" className="font-serif text-2xl font-bold">
          {countOf(total, 'comment')}
        </h2>
        <label className="flex items-center gap-2 text-sm">
          Sort by
          <Select
            value={sort}
            onChange={(e) => setSort(e.target.value as CommentSort)}
          >
            {SORTS.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </Select>
        </label>
      </div>

      {first?.about && <Composer guidelines={first.about.guidelines} />}
      <p role="status" className="mt-3 text-sm font-semibold empty:hidden">
        {status}
      </p>

      {newCount > 0 && (
        <button
          type="button"
          onClick={() => void refresh()}
          className="sticky top-2 z-10 mx-auto mt-4 block rounded-full bg-blue-700 px-4 py-2 text-sm font-semibold text-white shadow"
        >
          {`Show ${countOf(newCount, 'new comment')}`}
        </button>
      )}

      {first?.about && first.about.featured.length > 0 && (
        <section aria-labelledby="featured-heading" className="mt-6 rounded border-l-4 border-amber-500 bg-amber-50 p-4 dark:bg-amber-950/30">
          <h3 id="featured-heading" className="mb-3 text-sm font-bold uppercase tracking-wide">
            Featured
          </h3>
          <ul className="space-y-4">
            {first.about.featured.map((c) => (
              <li key={c.id}>
                <CommentCard comment={c} showReplyingTo={false} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {query.isPending && <p className="mt-4 text-sm">Loading comments…</p>}
      {query.isError && (
        <p role="alert" className="mt-4 text-sm text-red-700 dark:text-red-400">
          Comments could not be loaded. {query.error.message}
        </p>
      )}
      {first?.mine && first.mine.length > 0 && <OwnHeldComments comments={first.mine} />}
      {query.isSuccess && comments.length === 0 && <p className="mt-4 text-sm">No comments yet.</p>}
      <ol className="mt-6 space-y-6" data-testid="comment-thread">
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
    </ThreadContext.Provider>
  );
}

/** The box for a new comment beside the community guidelines; a sign-in prompt for anonymous readers. */
function Composer({ guidelines }: { guidelines: string }) {
  const thread = useThread();
  const closed = thread.mode === 'closed';
  return (
    <div className="mt-4 grid gap-4 md:grid-cols-[2fr_1fr]">
      <div>
        {closed ? (
          <p className="text-sm text-neutral-700 dark:text-neutral-300">Comments are closed on this story. The conversation stays here to read.</p>
        ) : thread.viewer ? (
          <>
            <CommentForm label={`Join the conversation as ${thread.viewer.name}`} submitLabel="Post comment" textareaId={FORM_ID} onSubmit={(body) => thread.post(body)} />
            {thread.mode === 'premoderated' && (
              <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">Comments on this story are reviewed before they appear.</p>
            )}
          </>
        ) : (
          <div id={FORM_ID} tabIndex={-1} className="rounded border border-neutral-300 p-4 dark:border-neutral-700">
            <p className="font-semibold">Join the conversation</p>
            <p className="mt-1 text-sm">
              <a href={thread.signInHref(`#${FORM_ID}`)} className="underline">
                Sign in
              </a>{' '}
              or{' '}
              <a href={`/sign-up?callbackUrl=${encodeURIComponent(window.location.pathname + `#${FORM_ID}`)}`} className="underline">
                create an account
              </a>{' '}
              to comment, reply and like.
            </p>
          </div>
        )}
      </div>
      <aside aria-labelledby="guidelines-heading" className="text-sm text-neutral-700 dark:text-neutral-300">
        <h3 id="guidelines-heading" className="font-semibold">
          Community guidelines
        </h3>
        <p className="mt-1 whitespace-pre-line">{guidelines}</p>
      </aside>
    </div>
  );
}

/** The reader's own comments nobody else sees: held for a moderator, or not published, with the reason. */
function OwnHeldComments({ comments }: { comments: CommentDto[] }) {
  return (
    <ul aria-label="Your comments not yet published" className="mt-6 space-y-3">
      {comments.map((c) => (
        <li key={c.id} id={`comment-${c.id}`} className="rounded border border-dashed border-neutral-400 p-3 text-sm dark:border-neutral-600">
          <p className="font-semibold">
            {c.status === 'pending' ? 'Awaiting moderation' : `Not published: ${rejectionLabel(c.rejectionReason)}`}
          </p>
          <CommentBody body={c.body} />
        </li>
      ))}
    </ul>
  );
}
