import type { Metadata } from 'next';
import { ArticleEditor } from '@/components/newsroom/editor/article-editor';
import { requirePageActor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/permissions';
import { AppError } from '@/lib/http/errors';
import { idOrNotFound } from '@/lib/http/params';
import { forPage } from '@/lib/http/page-call';
import { mailEnabled } from '@/lib/mail/mail-config';
import { sendableNewsletters } from '@/lib/newsletters/issues';
import { editorOptions, openArticle } from '@/lib/newsroom/editor-article';
import { getSiteSettings } from '@/lib/settings/site-settings';
import { dateFormatOf } from '@/lib/settings/site-settings-schema';

export const metadata: Metadata = { title: 'Edit', robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function EditArticlePage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePageActor(`/newsroom/articles/${id}`);
  const article = await forPage(() => openArticle(actor, idOrNotFound(id, 'Article')));
  if (article instanceof AppError) return <p role="alert">{article.message}</p>;
  const [{ sections, authors }, site] = await Promise.all([editorOptions(), getSiteSettings()]);
  const alertLists = can(actor.role, 'newsletter:send') && mailEnabled() ? await sendableNewsletters(actor) : [];
  return (
    <ArticleEditor
      key={article.id}
      initial={article}
      sections={sections}
      authors={authors}
      canCorrect={can(actor.role, 'article:correct')}
      dates={dateFormatOf(site)}
      alertLists={alertLists}
    />
  );
}
