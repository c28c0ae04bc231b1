import 'server-only';
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { moderationActions, users } from '@/lib/db/schema';
import { assertCan, type Actor } from '@/lib/auth/actor';
import { AppError } from '@/lib/http/errors';
import { parseOrThrow } from '@/lib/validation/parse';
import { AUDIT_TARGET_TYPES } from './audit';
import { idParamSchema } from '@/lib/db/ids';

// Rows per read while exporting: the whole log goes out, a batch at a time (see auditCsv).
const CSV_BATCH = 500;

export const auditQuerySchema = z.object({
  action: z.string().trim().max(60).regex(/^[a-z_.]*$/, 'Actions look like comment.approve').optional(),
  targetType: z.enum(AUDIT_TARGET_TYPES).optional(),
  target: z.string().trim().max(40).optional(),
  actor: idParamSchema().optional(),
  from: z.iso.date('Use a date like 2026-11-25').optional(),
  to: z.iso.date('Use a date like 2026-11-25').optional(),
  before: idParamSchema().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export type AuditEntry = {
  id: number;
  at: string;
  actor: { id: number; name: string } | null;
  action: string;
  targetType: string;
  targetId: string;
  reason: string | null;
  before: unknown;
  after: unknown;
};

function whereOf(q: AuditQuery): SQL | undefined {
  const parts: SQL[] = [];
  if (q.action) parts.push(sql`${moderationActions.action} like ${`${q.action}%`}`);
  if (q.targetType) parts.push(eq(moderationActions.targetType, q.targetType));
  if (q.target) parts.push(eq(moderationActions.targetId, q.target));
  if (q.actor) parts.push(eq(moderationActions.actorId, q.actor));
  if (q.from) parts.push(sql`${moderationActions.createdAt} >= ${q.from}::date`);
  if (q.to) parts.push(sql`${moderationActions.createdAt} < ${q.to}::date + 1`);
  if (q.before) parts.push(sql`${moderationActions.id} < ${q.before}`);
  return parts.length ? and(...parts) : undefined;
}

async function readEntries(q: AuditQuery, limit: number): Promise<AuditEntry[]> {
  const db = await getDb();
  const rows = await db
    .select({ a: moderationActions, actorName: users.name })
    .from(moderationActions)
    .leftJoin(users, eq(users.id, moderationActions.actorId))
    .where(whereOf(q))
    .orderBy(desc(moderationActions.id))
    .limit(limit);
  return rows.map(({ a, actorName }) => ({
    id: a.id,
    at: a.createdAt.toISOString(),
    actor: a.actorId === null ? null : { id: a.actorId, name: actorName ?? 'deleted user' },
    action: a.action,
    targetType: a.targetType,
    targetId: a.targetId,
    reason: a.reason,
    before: a.before,
    after: a.after,
  }));
}

/** The audit log, newest first, filtered; read-only by design (nothing in the app edits or deletes it). */
export async function listAudit(actor: Actor, raw: unknown): Promise<{ entries: AuditEntry[]; nextBefore: number | null }> {
  assertCan(actor, 'audit:read');
  const q = parseOrThrow(auditQuerySchema, raw);
  if (q.from && q.to && q.from > q.to) throw new AppError('invalid_input', 'The start date is after the end date.', { fields: { from: 'After the end date' } });
  const entries = await readEntries(q, q.limit + 1);
  const page = entries.slice(0, q.limit);
  return { entries: page, nextBefore: entries.length > q.limit ? page.at(-1)!.id : null };
}

// A cell that starts like a formula would run in a spreadsheet: prefix it so it stays text.
const defuse = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

const CSV_COLUMNS = ['id', 'time', 'actor_id', 'actor', 'action', 'target_type', 'target_id', 'reason', 'before', 'after'];

function csvRows(entries: AuditEntry[], header: boolean): string {
  return stringify(
    entries.map((e) => [e.id, e.at, e.actor?.id ?? '', e.actor?.name ?? '', e.action, e.targetType, e.targetId, e.reason ?? '', JSON.stringify(e.before), JSON.stringify(e.after)]),
    { header, columns: CSV_COLUMNS, cast: { string: defuse } },
  );
}

/**
 * The same filtered log as CSV, for spreadsheets and records: all of it, newest first, read and sent 500 rows at
 * a time. A log of any length never sits in memory at once, nor in the embedded database's heap, which grows to
 * hold a query's result and never shrinks. Checks run before the first byte, so a refusal is a JSON error.
 */
export function auditCsv(actor: Actor, raw: unknown): ReadableStream<Uint8Array> {
  assertCan(actor, 'audit:read');
  const q = parseOrThrow(auditQuerySchema, raw);
  const encoder = new TextEncoder();
  let before: number | undefined;
  let header = true;
  return new ReadableStream({
    async pull(controller) {
      const entries = await readEntries({ ...q, before }, CSV_BATCH);
      if (header || entries.length > 0) controller.enqueue(encoder.encode(csvRows(entries, header)));
      header = false;
      if (entries.length < CSV_BATCH) controller.close();
      else before = entries.at(-1)!.id;
    },
  });
}
