import type { CommentMode } from './comment-mode';

/** A comment as the public thread shows it: no email, no moderation notes. */
export type CommentDto = {
  id: number;
  parentId: number | null;
  depth: number;
  body: string;
  createdAt: string;
  editedAt: string | null;
  likeCount: number;
  replyCount: number;
  featured: boolean;
  status: 'approved' | 'pending' | 'rejected' | 'deleted';
  /** Null when the account was deleted ("deleted user"). */
  author: { name: string; badge: 'author' | 'staff' | null } | null;
  /** Name of the person a reply answers, for replies shown flattened below depth 3. */
  replyingTo: string | null;
  replies: CommentDto[];
  /** On the caller's own rejected comments only: why. */
  rejectionReason?: string | null;
};

/** What sits above a thread, sent with its first page. */
export type ThreadAbout = {
  /** The mode right now: a story past the auto-close age is closed. */
  mode: CommentMode;
  guidelines: string;
  featured: CommentDto[];
};

/** The signed-in reader's relation to the comments on this page, so the controls can show their state. */
export type CommentViewer = {
  id: number;
  name: string;
  moderator: boolean;
  liked: number[];
  own: number[];
  reported: number[];
  /** Moderators only: who wrote each comment on the page (comment id → user id), for "ban author". */
  authors?: Record<number, number>;
};

export type CommentPage = {
  comments: CommentDto[];
  nextCursor: string | null;
  total: number;
  /** The signed-in caller's own held or rejected comments on the story, shown to them alone. */
  mine?: CommentDto[];
  /** First page only. */
  about?: ThreadAbout;
  /** Signed-in callers only. */
  viewer?: CommentViewer;
};
