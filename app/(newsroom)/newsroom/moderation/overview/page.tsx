import type { Metadata } from 'next';
import Link from 'next/link';
import { CountBars, HourlyChart } from '@/components/moderation/overview-charts';
import { requirePageActor } from '@/lib/auth/actor';
import { REPORT_REASON_LABELS, type ReportReason } from '@/lib/comments/report-reasons';
import { AppError } from '@/lib/http/errors';
import { forPage } from '@/lib/http/page-call';
import { readOverview } from '@/lib/moderation/overview';

export const metadata: Metadata = { title: 'Moderation overview', robots: { index: false } };

const QUEUE_LABELS = { pending: 'Pending', reported: 'Reported', rejected: 'Rejected', approved: 'Approved (48 h)' } as const;

/** Where the fire is: arrivals per hour, the busiest stories, queue sizes, decision speed, why comments are held. */
export default async function ModerationOverviewPage() {
  const actor = await requirePageActor('/newsroom/moderation/overview');
  const o = await forPage(() => readOverview(actor));
  if (o instanceof AppError) return <p role="alert">{o.message}</p>;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="font-serif text-3xl font-bold">Moderation overview</h1>
        <Link href="/newsroom/moderation" className="text-sm underline">
          To the queues
        </Link>
      </div>
      <dl className="grid gap-4 sm:grid-cols-3">
        <div className="rounded border border-neutral-300 p-4 dark:border-neutral-700">
          <dt className="text-sm">Waiting for a decision</dt>
          <dd className="text-3xl font-bold">{(o.queues.pending + o.queues.reported).toLocaleString('en-GB')}</dd>
        </div>
        <div className="rounded border border-neutral-300 p-4 dark:border-neutral-700">
          <dt className="text-sm">Median time to a decision (7 days)</dt>
          <dd className="text-3xl font-bold">{o.medianDecisionMinutes === null ? '–' : `${o.medianDecisionMinutes.toLocaleString('en-GB')} min`}</dd>
          <dd className="text-xs">{o.decisions.toLocaleString('en-GB')} decisions</dd>
        </div>
        <div className="rounded border border-neutral-300 p-4 dark:border-neutral-700">
          <dt className="text-sm">Comments in the last 48 hours</dt>
          <dd className="text-3xl font-bold">{o.siteWide.reduce((a, b) => a + b, 0).toLocaleString('en-GB')}</dd>
        </div>
      </dl>
      <HourlyChart id="site" title="Comments per hour, site-wide (48 hours)" hours={o.hours} series={[{ name: 'All stories', values: o.siteWide }]} />
      <HourlyChart id="busiest" title="Comments per hour on the busiest stories" hours={o.hours} series={o.busiest.map((b) => ({ name: b.headline.slice(0, 40), values: b.perHour }))} />
      <ul className="text-sm">
        {o.busiest.map((b) => (
          <li key={b.id}>
            <Link href={`/newsroom/moderation?article=${b.id}`} className="underline">
              {b.headline}
            </Link>{' '}
            ({b.total} in 48 hours)
          </li>
        ))}
      </ul>
      <div className="grid gap-4 lg:grid-cols-3">
        <CountBars id="queues" title="Queue sizes" data={Object.entries(o.queues).map(([q, n]) => ({ label: QUEUE_LABELS[q as keyof typeof QUEUE_LABELS], count: n }))} empty="Every queue is empty." />
        <CountBars id="rules" title="Top rule hits (7 days)" data={o.ruleHits.map((r) => ({ label: r.reason, count: r.count }))} empty="No rule held a comment." />
        <CountBars
          id="reports"
          title="Report reasons (7 days)"
          data={o.reportReasons.map((r) => ({ label: REPORT_REASON_LABELS[r.reason as ReportReason] ?? r.reason, count: r.count }))}
          empty="No reports."
        />
      </div>
    </div>
  );
}
