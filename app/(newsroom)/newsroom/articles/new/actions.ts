'use server';

import { redirect } from 'next/navigation';
import { pageActor } from '@/lib/auth/actor';
import { AppError } from '@/lib/http/errors';
import { createArticle } from '@/lib/newsroom/save-article';

export type NewArticleState = { error: string | null };

/** Starts a draft and opens the editor on it. A server action, so the form works before the page's script loads. */
export async function startDraft(_previous: NewArticleState, form: FormData): Promise<NewArticleState> {
  const actor = await pageActor();
  if (!actor) return { error: 'Your session has ended: sign in again.' };
  let id: number;
  try {
    id = (await createArticle(actor, { headline: form.get('headline'), section: form.get('section') })).id;
  } catch (err) {
    if (err instanceof AppError) return { error: Object.values(err.fields ?? {})[0] ?? err.message };
    throw err;
  }
  redirect(`/newsroom/articles/${id}`);
}
