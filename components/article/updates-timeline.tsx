import type { ArticleDetail } from '@/lib/articles/types';
import { SiteTime } from '@/components/ui/site-time';

/** Dated updates and corrections, newest first, as the newsroom issued them. */
export function UpdatesTimeline({ updates }: { updates: ArticleDetail['updates'] }) {
  if (updates.length === 0) return null;
  return (
    <section aria-labelledby="updates-heading" className="my-6 rounded border border-neutral-300 p-4 text-sm dark:border-neutral-700">
      <h2 id="updates-heading" className="mb-2 font-bold">
        Updates and corrections
      </h2>
      <ol className="space-y-2">
        {updates.map((u) => (
          <li key={u.id}>
            <span className="font-semibold">{u.kind === 'correction' ? 'Correction' : 'Updated'}</span>{' '}
            <SiteTime iso={u.createdAt} />: {u.body}
          </li>
        ))}
      </ol>
    </section>
  );
}
