import { AppError } from '@/lib/http/errors';

export type CommentSort = 'newest' | 'oldest' | 'top';

type CursorSource = { id: number; createdAt: Date; likeCount: number };

/** Opaque keyset cursor: the sort key and id of the last comment shown. */
export function encodeCursor(sort: CommentSort, last: CursorSource): string {
  const key = sort === 'top' ? last.likeCount : last.createdAt.toISOString();
  return Buffer.from(JSON.stringify([sort, key, last.id])).toString('base64url');
}

/** Null for anything that is not a cursor this list issued for the same sort order. */
export function decodeCursor(text: string, sort: CommentSort): { key: string | number; id: number } | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 3 || value[0] !== sort) return null;
    const [, key, id] = value as [unknown, unknown, unknown];
    if (!Number.isSafeInteger(id) || (id as number) < 1) return null;
    if (sort === 'top') return Number.isSafeInteger(key) ? { key: key as number, id: id as number } : null;
    return typeof key === 'string' && !Number.isNaN(Date.parse(key)) ? { key, id: id as number } : null;
  } catch {
    return null;
  }
}

/** The cursor a list was asked for: none, or one this list issued for the same order (else 400, naming the field). */
export function cursorOrThrow(text: string | null | undefined, sort: CommentSort): { key: string | number; id: number } | null {
  if (!text) return null;
  const cursor = decodeCursor(text, sort);
  if (!cursor) throw new AppError('invalid_input', 'The cursor is not valid.', { fields: { cursor: 'Not a cursor from this list' } });
  return cursor;
}
