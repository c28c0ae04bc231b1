import type { Metadata } from 'next';
import { TagsManager } from '@/components/tags/tags-manager';
import { requirePageActor } from '@/lib/auth/actor';
import { AppError } from '@/lib/http/errors';
import { forPage } from '@/lib/http/page-call';
import { listTags } from '@/lib/tags/manage-tags';

export const metadata: Metadata = { title: 'Tags', robots: { index: false } };

/** Tags with their story counts (editors, admins): rename, merge, delete. */
export default async function TagsPage() {
  const actor = await requirePageActor('/newsroom/tags');
  const tags = await forPage(() => listTags(actor, {}));
  if (tags instanceof AppError) return <p role="alert">{tags.message}</p>;
  return (
    <div className="max-w-5xl space-y-6">
      <h1 className="font-serif text-3xl font-bold">Tags</h1>
      <p>Writers create tags as they go. Merge the duplicates; a renamed or merged tag’s old address redirects.</p>
      <TagsManager initial={tags} />
    </div>
  );
}
