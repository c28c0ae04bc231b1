import type { Metadata } from 'next';
import Link from 'next/link';
import { SiteTime } from '@/components/ui/site-time';
import { requirePageActor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/permissions';
import type { ArticleStatus } from '@/lib/db/schema/enums';
import { AppError } from '@/lib/http/errors';
import { forPage } from '@/lib/http/page-call';
import { listDashboard } from '@/lib/newsroom/dashboard';
import { editorOptions } from '@/lib/newsroom/editor-article';
import { SlugOptions } from '@/components/ui/slug-options';
import { Input, Select } from '@/components/ui/controls';

export const metadata: Metadata = { title: 'Newsroom', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

const STATES: { value: ArticleStatus | undefined; label: string }[] = [
  { value: undefined, label: 'All' },
  { value: 'draft', label: 'Drafts' },
  { value: 'scheduled', label: 'Scheduled' },
  { value: 'published', label: 'Published' },
  { value: 'archived', label: 'Archived' },
];

/** The newsroom's desk: an author's own stories by state; for editors and admins, everyone's. */
export default async function NewsroomHome({ searchParams }: Props) {
  const actor = await requirePageActor('/newsroom');
  const params = await searchParams;
  const result = await forPage(() => listDashboard(actor, params));
  if (result instanceof AppError) return <p role="alert">{result.message}</p>;
  const everyone = can(actor.role, 'article:read-draft');
  const moderator = can(actor.role, 'comment:moderate');
  const { sections, authors } = await editorOptions();
  const { query, counts, rows } = result;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const href = (over: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries({ state: query.state, author: query.author, section: query.section, q: query.q, ...over })) if (v) next.set(k, String(v));
    const qs = next.toString();
    return qs ? `/newsroom?${qs}` : '/newsroom';
  };

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-serif text-3xl font-bold">{everyone ? 'All stories' : 'Your stories'}</h1>
        <Link href="/newsroom/articles/new" className="rounded bg-neutral-900 px-4 py-2 font-semibold text-white dark:bg-neutral-100 dark:text-neutral-900">
          New story
        </Link>
      </div>

      <nav aria-label="Story states" className="flex flex-wrap gap-2 text-sm">
        {STATES.map((s) => (
          <Link
            key={s.label}
            href={href({ state: s.value, page: undefined })}
            aria-current={query.state === s.value ? 'page' : undefined}
            className="rounded-full border border-neutral-300 px-3 py-1 aria-[current=page]:bg-neutral-900 aria-[current=page]:text-white dark:border-neutral-700 dark:aria-[current=page]:bg-neutral-100 dark:aria-[current=page]:text-neutral-900"
          >
            {s.label} ({s.value ? counts[s.value] : total})
          </Link>
        ))}
      </nav>

      <form aria-label="Filter stories" className="flex flex-wrap items-end gap-3 text-sm">
        {query.state && <input type="hidden" name="state" value={query.state} />}
        <label className="flex flex-col">
          Headline contains
          <Input type="search" name="q" defaultValue={query.q} />
        </label>
        <label className="flex flex-col">
          Section
          <Select name="section" defaultValue={query.section ?? ''}>
            <option value="">Any</option>
            <SlugOptions items={sections} />
          </Select>
        </label>
        {everyone && (
          <label className="flex flex-col">
            Author
            <Select name="author" defaultValue={query.author ?? ''}>
              <option value="">Anyone</option>
              <SlugOptions items={authors} />
            </Select>
          </label>
        )}
        <button type="submit" className="rounded border border-neutral-400 px-3 py-1 dark:border-neutral-600">
          Filter
        </button>
      </form>

      {rows.length === 0 ? (
        <p>No stories here yet.</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead className="border-b border-neutral-300 dark:border-neutral-700">
            <tr>
              <th className="py-2 pr-3">Story</th>
              <th className="py-2 pr-3">State</th>
              <th className="py-2 pr-3">Last edit</th>
              <th className="py-2 pr-3">Comments</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-neutral-200 align-top dark:border-neutral-800">
                <td className="py-2 pr-3">
                  <Link href={`/newsroom/articles/${r.id}`} className="font-semibold underline">
                    {r.headline}
                  </Link>
                  <span className="block text-neutral-600 dark:text-neutral-400">
                    {r.section} · {r.authors.join(', ')}
                  </span>
                </td>
                <td className="py-2 pr-3">
                  {r.status === 'scheduled' && r.scheduledFor ? (
                    <SiteTime iso={r.scheduledFor} prefix="Scheduled " />
                  ) : r.status === 'published' ? (
                    <Link href={r.url} className="underline">
                      Published
                    </Link>
                  ) : (
                    r.status[0]!.toUpperCase() + r.status.slice(1)
                  )}
                </td>
                <td className="py-2 pr-3">
                  <SiteTime iso={r.editedAt} />
                </td>
                <td className="py-2 pr-3">
                  {r.status === 'published' ? (
                    <>
                      <Link href={`${r.url}#comments`} className="underline" aria-label={`${r.commentCount} comments on ${r.headline}`}>
                        {r.commentCount}
                      </Link>
                      {moderator && (
                        <Link href={`/newsroom/moderation?article=${r.id}`} className="ml-2 underline">
                          Moderate
                        </Link>
                      )}
                    </>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav aria-label="Pagination" className="flex justify-between text-sm">
        {query.page > 1 ? <Link href={href({ page: query.page - 1 })}>← Newer</Link> : <span />}
        {result.hasMore ? <Link href={href({ page: query.page + 1 })}>Older →</Link> : <span />}
      </nav>
    </div>
  );
}
