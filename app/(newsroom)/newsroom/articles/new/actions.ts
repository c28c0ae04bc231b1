'use server';

import { redirect } from 'next/navigation';
import { pageActor } from '@/lib/auth/actor';
import { AppError } from '@/lib/http/errors';
import { createArticle } from '@/lib/newsroom/save-article';

export type NewArticleState = { error: string | null };

/**
 * Starts a draft story (or a page, when the form says `kind=page`) and opens the editor on it. A server action,
 * so the form works before the page's script loads.
 */
export async function startDraft(_previous: NewArticleState, form: FormData): Promise<NewArticleState> {
  const actor = await pageActor();
  if (!actor) return { error: 'Your session has ended: sign in again.' };
  let id: number;
  try {
    const kind = form.get('kind') === 'page' ? 'page' : 'story';
    id = (await createArticle(actor, { kind, headline: form.get('headline'), ...(kind === 'story' && { section: form.get('section') }) })).id;
  } catch (err) {
    if (err instanceof AppError) return { error: Object.values(err.fields ?? {})[0] ?? err.message };
    throw err;
  }
  redirect(`/newsroom/articles/${id}`);
}
