import type { Metadata } from 'next';
import Link from 'next/link';
import { ArticleView } from '@/components/article/article-view';
import { PageView } from '@/components/pages/page-view';
import { readBylines } from '@/lib/articles/listings';
import { readRelated } from '@/lib/articles/read-related';
import { requirePageActor } from '@/lib/auth/actor';
import { AppError } from '@/lib/http/errors';
import { idOrNotFound } from '@/lib/http/params';
import { forPage } from '@/lib/http/page-call';
import { previewArticle } from '@/lib/newsroom/editor-article';

// Per request, never cached: a preview shows the latest saved draft, and only to the newsroom.
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Preview', robots: { index: false, follow: false } };

type Props = { params: Promise<{ id: string }> };

/** A story or page exactly as readers will see it, whatever its state, for those allowed to edit it. */
export default async function PreviewPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePageActor(`/preview/${id}`);
  const preview = await forPage(() => previewArticle(actor, idOrNotFound(id, 'Article')));
  if (preview instanceof AppError) return <p role="alert">{preview.message}</p>;
  const status = preview.kind === 'page' ? preview.page.status : preview.article.status;
  return (
    <>
      <p role="note" className="mx-auto mb-6 max-w-3xl rounded bg-amber-100 p-3 text-sm text-amber-950 dark:bg-amber-950/50 dark:text-amber-100">
        <strong>Preview</strong> of the last saved version ({status === 'published' ? 'published' : `${status}, not on the site`}).{' '}
        <Link href={`/newsroom/articles/${id}`} className="underline">
          Back to the editor
        </Link>
      </p>
      {preview.kind === 'page' ? <PageView page={preview.page} /> : <StoryPreview article={preview.article} />}
    </>
  );
}

async function StoryPreview({ article }: { article: Parameters<typeof ArticleView>[0]['article'] }) {
  const [bylines, related] = await Promise.all([readBylines(article.authors.map((a) => a.slug)), readRelated(article.id, article.sectionId, 4)]);
  return <ArticleView article={article} bylines={bylines} related={related} />;
}
