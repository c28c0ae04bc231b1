import type { Metadata } from 'next';
import Link from 'next/link';
import { NewArticleForm } from '@/components/newsroom/new-article-form';
import { SiteTime } from '@/components/ui/site-time';
import { requirePageActor } from '@/lib/auth/actor';
import { AppError } from '@/lib/http/errors';
import { forPage } from '@/lib/http/page-call';
import { listNewsroomPages } from '@/lib/pages/newsroom-pages';

export const metadata: Metadata = { title: 'Pages', robots: { index: false } };

const STATUS: Record<string, string> = { draft: 'Draft', scheduled: 'Scheduled', published: 'Published', archived: 'Archived' };

/** About, Contact, the corrections policy…: written in the story editor, live at their own address (editors, admins). */
export default async function PagesPage() {
  const actor = await requirePageActor('/newsroom/pages');
  const pages = await forPage(() => listNewsroomPages(actor));
  if (pages instanceof AppError) return <p role="alert">{pages.message}</p>;
  return (
    <div className="max-w-4xl space-y-8">
      <h1 className="font-serif text-3xl font-bold">Pages</h1>
      <p>Pages stand apart from the news: each lives at its own address (/about), published pages are listed in the footer and the sitemap, never on fronts, in feeds or in search.</p>
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-neutral-300 dark:border-neutral-700">
            <th className="py-2">Title</th>
            <th>Address</th>
            <th>State</th>
            <th>Last edit</th>
          </tr>
        </thead>
        <tbody>
          {pages.map((p) => (
            <tr key={p.id} className="border-b border-neutral-200 dark:border-neutral-800">
              <td className="py-2">
                <Link href={`/newsroom/articles/${p.id}`} className="font-semibold underline">
                  {p.title}
                </Link>
              </td>
              <td>{p.status === 'published' ? <Link href={p.url} className="underline">{p.url}</Link> : p.url}</td>
              <td>{STATUS[p.status]}</td>
              <td>
                <SiteTime iso={p.editedAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {pages.length === 0 && <p>No pages yet.</p>}
      <section aria-labelledby="new-page-heading" className="max-w-xl space-y-3">
        <h2 id="new-page-heading" className="text-xl font-bold">
          New page
        </h2>
        <NewArticleForm sections={[]} kind="page" />
      </section>
    </div>
  );
}
