'use client';

import { createContext, useContext } from 'react';
import type { CommentMode } from '@/lib/comments/comment-mode';
import type { CommentDto } from '@/lib/comments/types';
import type { DateFormat } from '@/lib/dates/date-format';

/** The signed-in reader's relation to the loaded comments, merged over every page. */
export type Viewer = {
  id: number;
  name: string;
  moderator: boolean;
  liked: Set<number>;
  own: Set<number>;
  reported: Set<number>;
  /** Moderators only: comment id → its author's user id. */
  authors: Map<number, number>;
};

/** What every comment in a thread needs from the thread around it. */
export type ThreadContextValue = {
  mode: CommentMode;
  /** The clock, ticking every few seconds, for time-limited controls such as "Edit" and "3 minutes ago". */
  now: number;
  /** The publication's time zone and language, for the comments' dates. */
  dates: DateFormat;
  viewer: Viewer | null;
  /** The comment whose reply box is open, if any: one at a time. */
  replyTo: number | null;
  setReplyTo: (id: number | null) => void;
  post: (body: string, parentId?: number) => Promise<void>;
  edit: (id: number, body: string) => Promise<void>;
  remove: (id: number) => Promise<void>;
  like: (comment: CommentDto, liked: boolean) => void;
  report: (id: number, reason: string, note: string) => Promise<void>;
  /** Moderators: the thread changed under a decision; show what happened and reload. */
  moderated: (message: string) => Promise<void>;
  /** The sign-in page, coming back to `hash` on this story. */
  signInHref: (hash: string) => string;
};

export const ThreadContext = createContext<ThreadContextValue | null>(null);

export function useThread(): ThreadContextValue {
  const value = useContext(ThreadContext);
  if (!value) throw new Error('useThread outside a comment thread');
  return value;
}
