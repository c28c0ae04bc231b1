import type { ClaimStatus } from '@/lib/db/schema/enums';

const LABELS: Record<ClaimStatus, { label: string; className: string }> = {
  unverified: { label: 'Unverified', className: 'bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-200' },
  developing: { label: 'Developing story', className: 'bg-sky-100 text-sky-900 dark:bg-sky-900/40 dark:text-sky-200' },
  confirmed: { label: 'Confirmed', className: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-200' },
  disputed: { label: 'Disputed', className: 'bg-orange-100 text-orange-900 dark:bg-orange-900/40 dark:text-orange-200' },
  retracted: { label: 'Retracted', className: 'bg-red-100 text-red-900 dark:bg-red-900/40 dark:text-red-200' },
};

export function ClaimBadge({ status }: { status: ClaimStatus }) {
  const { label, className } = LABELS[status];
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold uppercase tracking-wide ${className}`}>{label}</span>;
}
