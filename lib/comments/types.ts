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

export type CommentPage = {
  comments: CommentDto[];
  nextCursor: string | null;
  total: number;
  /** The signed-in caller's own held or rejected comments on the story, shown to them alone. */
  mine?: CommentDto[];
};
