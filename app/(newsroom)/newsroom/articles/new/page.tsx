import type { Metadata } from 'next';
import Link from 'next/link';
import { NewArticleForm } from '@/components/newsroom/new-article-form';
import { editorOptions } from '@/lib/newsroom/editor-article';

export const metadata: Metadata = { title: 'New story', robots: { index: false } };

export default async function NewArticlePage() {
  const { sections } = await editorOptions();
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="font-serif text-3xl font-bold">New story</h1>
      {sections.length > 0 ? (
        <NewArticleForm sections={sections} />
      ) : (
        <p role="alert">
          Every story lives in a section, and there are none yet. An editor or admin creates them under{' '}
          <Link href="/newsroom/sections" className="underline">
            Sections
          </Link>
          .
        </p>
      )}
    </div>
  );
}
