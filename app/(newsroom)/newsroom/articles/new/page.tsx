import type { Metadata } from 'next';
import { NewArticleForm } from '@/components/newsroom/new-article-form';
import { editorOptions } from '@/lib/newsroom/editor-article';

export const metadata: Metadata = { title: 'New story', robots: { index: false } };

export default async function NewArticlePage() {
  const { sections } = await editorOptions();
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="font-serif text-3xl font-bold">New story</h1>
      <NewArticleForm sections={sections} />
    </div>
  );
}
