import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/actor';
import { AppError } from '@/lib/http/errors';
import { forPage } from '@/lib/http/page-call';
import { AUDIT_TARGETS } from '@/lib/moderation/audit';
import { listAudit } from '@/lib/moderation/audit-log';
import { Button, Input, Select } from '@/components/ui/controls';

export const metadata: Metadata = { title: 'Audit log', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | undefined>> };
const FILTERS = ['action', 'targetType', 'target', 'actor', 'from', 'to'] as const;

const show = (value: unknown) => (value === null || value === undefined ? '' : JSON.stringify(value));

/** Every decision, ban, role and setting change: filterable, exportable, and never editable. */
export default async function AuditLogPage({ searchParams }: Props) {
  const actor = await requirePageActor('/newsroom/moderation/log');
  const params = await searchParams;
  const filters = Object.fromEntries(FILTERS.flatMap((k) => (params[k] ? [[k, params[k]]] : [])));
  const result = await forPage(() => listAudit(actor, { ...filters, ...(params.before && { before: params.before }) }));
  if (result instanceof AppError) return <p role="alert">{result.message}{result.fields ? ` (${Object.values(result.fields).join('; ')})` : ''}</p>;
  const query = new URLSearchParams(filters);
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-3xl font-bold">Audit log</h1>
      <form className="flex flex-wrap items-end gap-3 text-sm" aria-label="Filter the log">
        <label className="flex flex-col">
          Action starts with
          <Input name="action" defaultValue={params.action} placeholder="comment.reject" />
        </label>
        <label className="flex flex-col">
          Target
          <Select name="targetType" defaultValue={params.targetType ?? ''}>
            <option value="">Anything</option>
            {Object.entries(AUDIT_TARGETS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </label>
        <label className="flex flex-col">
          Target id
          <Input name="target" defaultValue={params.target} className="w-24" />
        </label>
        <label className="flex flex-col">
          Actor id
          <Input name="actor" defaultValue={params.actor} inputMode="numeric" className="w-24" />
        </label>
        <label className="flex flex-col">
          From
          <Input type="date" name="from" defaultValue={params.from} />
        </label>
        <label className="flex flex-col">
          To
          <Input type="date" name="to" defaultValue={params.to} />
        </label>
        <Button type="submit" variant="primary">
          Filter
        </Button>
        <a href={`/api/moderation/audit?${new URLSearchParams({ ...filters, format: 'csv' })}`} className="underline">
          Download CSV
        </a>
      </form>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Audit entries, newest first</caption>
          <thead>
            <tr className="border-b border-neutral-300 dark:border-neutral-700">
              <th className="p-2">Time (UTC)</th>
              <th className="p-2">Who</th>
              <th className="p-2">Action</th>
              <th className="p-2">Target</th>
              <th className="p-2">Reason</th>
              <th className="p-2">Before → after</th>
            </tr>
          </thead>
          <tbody>
            {result.entries.map((e) => (
              <tr key={e.id} className="border-b border-neutral-200 align-top dark:border-neutral-800">
                <td className="p-2 whitespace-nowrap">{e.at.slice(0, 19).replace('T', ' ')}</td>
                <td className="p-2">{e.actor?.name ?? 'deleted user'}</td>
                <td className="p-2 font-mono">{e.action}</td>
                <td className="p-2">
                  {e.targetType} {e.targetId}
                </td>
                <td className="p-2">{e.reason}</td>
                <td className="p-2 font-mono text-xs break-all">
                  {show(e.before)} → {show(e.after)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {result.entries.length === 0 && <p>No entries match.</p>}
      {result.nextBefore && (
        <Link href={`/newsroom/moderation/log?${new URLSearchParams({ ...Object.fromEntries(query), before: String(result.nextBefore) })}`} className="underline">
          Older entries
        </Link>
      )}
    </div>
  );
}
