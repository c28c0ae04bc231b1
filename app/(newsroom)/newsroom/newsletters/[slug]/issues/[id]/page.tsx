import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { IssueComposer } from '@/components/newsletters/issue-composer';
import { requirePageActor } from '@/lib/auth/actor';
import { AppError } from '@/lib/http/errors';
import { forPage } from '@/lib/http/page-call';
import { idOrNotFound } from '@/lib/http/params';
import { listIssues, readIssue } from '@/lib/newsletters/issues';
import { getSiteSettings } from '@/lib/settings/site-settings';
import { dateFormatOf } from '@/lib/settings/site-settings-schema';

export const metadata: Metadata = { title: 'Newsletter issue', robots: { index: false } };

/** One issue: written, previewed, tested and sent here; followed here while it goes out. */
export default async function NewsletterIssuePage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const actor = await requirePageActor(`/newsroom/newsletters/${slug}/issues/${id}`);
  const issue = await forPage(() => readIssue(actor, idOrNotFound(id, 'Issue')));
  if (issue instanceof AppError) return <p role="alert">{issue.message}</p>;
  if (issue.newsletter.slug !== slug) notFound();
  const [desk, site] = await Promise.all([listIssues(actor, slug), getSiteSettings()]);
  return (
    <div className="max-w-4xl space-y-4">
      <p className="text-sm">
        <Link href={`/newsroom/newsletters/${slug}`} className="underline">
          {issue.newsletter.name}
        </Link>
      </p>
      <h1 className="font-serif text-3xl font-bold">{issue.kind === 'alert' ? 'Breaking alert' : 'Issue'}</h1>
      <IssueComposer initial={issue} dates={dateFormatOf(site)} subscribers={desk.newsletter.confirmed} />
    </div>
  );
}
