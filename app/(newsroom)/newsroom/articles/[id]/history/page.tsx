import type { Metadata } from 'next';
import Link from 'next/link';
import { RestoreButton } from '@/components/newsroom/restore-button';
import { SiteTime } from '@/components/ui/site-time';
import { requirePageActor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/permissions';
import { AppError } from '@/lib/http/errors';
import { idOrNotFound } from '@/lib/http/params';
import { forPage } from '@/lib/http/page-call';
import type { DiffPart } from '@/lib/newsroom/revision-diff';
import { listRevisions, readRevisionDiff } from '@/lib/newsroom/revisions';

export const metadata: Metadata = { title: 'Revision history', robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ rev?: string }> };

function Diff({ parts, label }: { parts: DiffPart[]; label: string }) {
  if (parts.every((p) => p.change === 'same') && parts.length <= 1) return null;
  return (
    <section>
      <h3 className="font-semibold">{label}</h3>
      <p className="whitespace-pre-wrap font-serif">
        {parts.map((p, i) =>
          p.change === 'added' ? (
            <ins key={i} className="bg-green-100 text-green-950 no-underline dark:bg-green-900/50 dark:text-green-100">
              {p.text}
            </ins>
          ) : p.change === 'removed' ? (
            <del key={i} className="bg-red-100 text-red-950 dark:bg-red-900/50 dark:text-red-100">
              {p.text}
            </del>
          ) : (
            <span key={i}>{p.text}</span>
          ),
        )}
      </p>
    </section>
  );
}

/** Every saved version of a live story: who, when, what changed (word by word), and a way back. */
export default async function HistoryPage({ params, searchParams }: Props) {
  const { id: raw } = await params;
  const { rev } = await searchParams;
  const actor = await requirePageActor(`/newsroom/articles/${raw}/history`);
  const id = idOrNotFound(raw, 'Article');
  const revisions = await forPage(() => listRevisions(actor, id));
  if (revisions instanceof AppError) return <p role="alert">{revisions.message}</p>;
  const selectedId = rev ? idOrNotFound(rev, 'Revision') : revisions[0]?.id;
  const selected = selectedId ? await forPage(() => readRevisionDiff(actor, id, selectedId)) : null;
  if (selected instanceof AppError) return <p role="alert">{selected.message}</p>;

  return (
    <div className="space-y-4">
      <p>
        <Link href={`/newsroom/articles/${id}`} className="underline">
          ← Back to the editor
        </Link>
      </p>
      <h1 className="font-serif text-3xl font-bold">Revision history</h1>
      {revisions.length === 0 ? (
        <p>No revisions yet: a story keeps one each time it is published or saved while live.</p>
      ) : (
        <div className="grid gap-6 md:grid-cols-[18rem_1fr]">
          <ol aria-label="Revisions" className="space-y-2 text-sm">
            {revisions.map((r) => (
              <li key={r.id}>
                <Link href={`?rev=${r.id}`} aria-current={r.id === selectedId ? 'true' : undefined} className="block rounded p-2 hover:bg-neutral-100 aria-[current=true]:bg-neutral-200 dark:hover:bg-neutral-800 dark:aria-[current=true]:bg-neutral-800">
                  <span className="font-semibold">Version {r.version}</span> · <SiteTime iso={r.createdAt} />
                  <span className="block text-neutral-600 dark:text-neutral-400">
                    {r.editor ?? 'Unknown'}
                    {r.note ? ` · ${r.note}` : ''}
                  </span>
                </Link>
              </li>
            ))}
          </ol>
          {selected && (
            <article aria-label={`Changes in version ${selected.revision.version}`} className="space-y-4">
              <h2 className="text-xl font-bold">
                Version {selected.revision.version}: what changed from the version before
              </h2>
              <Diff label="Headline" parts={selected.diff.headline} />
              <Diff label="Standfirst" parts={selected.diff.dek} />
              <Diff label="Body" parts={selected.diff.body} />
              {selected.revision.id === revisions[0]?.id ? (
                <p className="text-sm text-neutral-600 dark:text-neutral-400">This is the latest version.</p>
              ) : (
                can(actor.role, 'article:edit', true) && <RestoreButton articleId={id} revisionId={selected.revision.id} version={selected.revision.version} />
              )}
            </article>
          )}
        </div>
      )}
    </div>
  );
}
