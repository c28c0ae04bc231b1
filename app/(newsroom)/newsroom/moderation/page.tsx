import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden } from 'next/navigation';
import { ModerationDesk } from '@/components/moderation/moderation-desk';
import { can } from '@/lib/auth/permissions';
import { requirePageActor } from '@/lib/auth/actor';
import { getSections } from '@/lib/articles/reads';
import { QUEUES } from '@/lib/moderation/queue';

export const metadata: Metadata = { title: 'Moderation', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function ModerationPage({ searchParams }: Props) {
  // Layout and page render side by side: the page makes its own check (the API checks again on every call).
  const actor = await requirePageActor('/newsroom/moderation');
  if (!can(actor.role, 'comment:moderate')) forbidden();
  const sectionList = (await getSections()).map(({ slug, name }) => ({ slug, name }));
  const { article, queue } = await searchParams;
  // A link from a notification email opens the queue it is about (`?queue=reported`).
  const initialQueue = QUEUES.find((q) => q === queue);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="font-serif text-3xl font-bold">Moderation</h1>
        <nav aria-label="Moderation" className="flex gap-4 text-sm">
          <Link href="/newsroom/moderation/overview" className="underline">
            Overview
          </Link>
          <Link href="/newsroom/moderation/settings" className="underline">
            Settings
          </Link>
          <Link href="/newsroom/moderation/log" className="underline">
            Audit log
          </Link>
        </nav>
      </div>
      <ModerationDesk sections={sectionList} initialArticle={/^\d{1,9}$/.test(article ?? '') ? article! : ''} initialQueue={initialQueue} />
    </div>
  );
}
