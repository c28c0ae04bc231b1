import type { Metadata } from 'next';
import Link from 'next/link';
import { ErrorReportStatusSelect } from '@/components/newsroom/error-report-status';
import { SiteTime } from '@/components/ui/site-time';
import { requirePageActor } from '@/lib/auth/actor';
import { AppError } from '@/lib/http/errors';
import { forPage } from '@/lib/http/page-call';
import { listErrorReports } from '@/lib/newsroom/error-reports';
import { ERROR_REPORT_LABELS, ERROR_REPORT_STATUSES } from '@/lib/newsroom/error-report-status';

export const metadata: Metadata = { title: 'Error reports', robots: { index: false } };

type Props = { searchParams: Promise<{ status?: string }> };

/** Readers' reports of errors in stories: the editors' inbox, apart from comment reports. */
export default async function ErrorReportsPage({ searchParams }: Props) {
  const actor = await requirePageActor('/newsroom/errors');
  const { status } = await searchParams;
  const result = await forPage(() => listErrorReports(actor, status));
  if (result instanceof AppError) return <p role="alert">{result.message}</p>;
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-3xl font-bold">Error reports</h1>
      <nav aria-label="Report status" className="flex flex-wrap gap-2 text-sm">
        {[undefined, ...ERROR_REPORT_STATUSES].map((s) => (
          <Link
            key={s ?? 'all'}
            href={s ? `/newsroom/errors?status=${s}` : '/newsroom/errors'}
            aria-current={status === s ? 'page' : undefined}
            className="rounded-full border border-neutral-300 px-3 py-1 aria-[current=page]:bg-neutral-900 aria-[current=page]:text-white dark:border-neutral-700 dark:aria-[current=page]:bg-neutral-100 dark:aria-[current=page]:text-neutral-900"
          >
            {s ? `${ERROR_REPORT_LABELS[s]} (${result.counts[s]})` : 'All'}
          </Link>
        ))}
      </nav>
      {result.reports.length === 0 ? (
        <p>No reports here.</p>
      ) : (
        <ul className="space-y-3">
          {result.reports.map((r) => (
            <li key={r.id} className="rounded border border-neutral-300 p-4 dark:border-neutral-700">
              <p className="text-sm text-neutral-600 dark:text-neutral-400">
                <Link href={r.article.url} className="font-semibold underline">
                  {r.article.headline}
                </Link>{' '}
                · {r.reporter ?? 'A former reader'} · <SiteTime iso={r.createdAt} />
              </p>
              <p className="my-2 whitespace-pre-wrap">{r.body}</p>
              <div className="flex flex-wrap items-center gap-4 text-sm">
                <ErrorReportStatusSelect id={r.id} status={r.status} />
                <Link href={`/newsroom/articles/${r.article.id}`} className="underline">
                  Open in the editor
                </Link>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
