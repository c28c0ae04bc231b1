import type { Metadata } from 'next';
import Link from 'next/link';
import { IssuesDesk } from '@/components/newsletters/issues-desk';
import { requirePageActor } from '@/lib/auth/actor';
import { AppError } from '@/lib/http/errors';
import { forPage } from '@/lib/http/page-call';
import { listIssues } from '@/lib/newsletters/issues';
import { getSiteSettings } from '@/lib/settings/site-settings';
import { dateFormatOf } from '@/lib/settings/site-settings-schema';

export const metadata: Metadata = { title: 'Newsletter issues', robots: { index: false } };

/** One list's issues and alerts: write one, and follow each as it goes out. */
export default async function NewsletterIssuesPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await requirePageActor(`/newsroom/newsletters/${slug}`);
  const [desk, site] = await Promise.all([forPage(() => listIssues(actor, slug)), getSiteSettings()]);
  if (desk instanceof AppError) return <p role="alert">{desk.message}</p>;
  return (
    <div className="max-w-4xl space-y-4">
      <p className="text-sm">
        <Link href="/newsroom/newsletters" className="underline">
          Newsletters
        </Link>
      </p>
      <h1 className="font-serif text-3xl font-bold">{desk.newsletter.name}</h1>
      <IssuesDesk initial={desk} dates={dateFormatOf(site)} />
    </div>
  );
}
