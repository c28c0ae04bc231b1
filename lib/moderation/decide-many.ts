import 'server-only';
import { z } from 'zod';
import { assertCan, type Actor } from '@/lib/auth/actor';
import { AppError } from '@/lib/http/errors';
import { parseOrThrow } from '@/lib/validation/parse';
import { decideComment, decisionSchema, type CommentState } from './decide-comment';
import { idSchema } from '@/lib/db/ids';

const bulkSchema = z.object({
  ids: z.array(idSchema(), { error: 'A list of comment ids' }).min(1, 'Select at least one comment').max(100, 'At most 100 comments at once'),
  action: decisionSchema.shape.action,
  reason: decisionSchema.shape.reason,
});

export type BulkResult = { id: number; ok: true; comment: CommentState } | { id: number; ok: false; status: number; message: string };

/**
 * One decision on many comments, each in its own transaction: a comment another moderator has just decided
 * (or one that no longer exists) is reported back without stopping the rest.
 */
export async function decideMany(actor: Actor, raw: unknown): Promise<BulkResult[]> {
  assertCan(actor, 'comment:moderate');
  const { ids, action, reason } = parseOrThrow(bulkSchema, raw);
  if (action === 'reject' && !reason) throw new AppError('invalid_input', 'Give a reason for rejecting.', { fields: { reason: 'Give a reason for rejecting' } });
  const results: BulkResult[] = [];
  for (const id of new Set(ids)) {
    try {
      results.push({ id, ok: true, comment: await decideComment(actor, id, { action, reason }) });
    } catch (e) {
      if (!(e instanceof AppError) || e.status >= 500) throw e;
      results.push({ id, ok: false, status: e.status, message: e.message });
    }
  }
  return results;
}
