'use client';

import { useActionState } from 'react';
import { startDraft } from '@/app/(newsroom)/newsroom/articles/new/actions';
import { SlugOptions } from '@/components/ui/slug-options';

const input = 'mt-1 w-full rounded border border-neutral-400 bg-transparent p-2 dark:border-neutral-600';

/** A headline and a section start a draft story, a title a page; the editor opens on it. */
export function NewArticleForm({ sections, kind = 'story' }: { sections: { slug: string; name: string }[]; kind?: 'story' | 'page' }) {
  const [state, action, pending] = useActionState(startDraft, { error: null });
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="kind" value={kind} />
      <label className="block">
        <span className="font-semibold">{kind === 'page' ? 'Title' : 'Headline'}</span>
        <input name="headline" required maxLength={200} className={`${input} font-serif text-xl`} />
      </label>
      {kind === 'story' && (
        <label className="block">
          <span className="font-semibold">Section</span>
          <select name="section" className={input}>
            <SlugOptions items={sections} />
          </select>
        </label>
      )}
      {state.error && (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {state.error}
        </p>
      )}
      <button type="submit" disabled={pending} className="rounded bg-neutral-900 px-4 py-2 font-semibold text-white disabled:opacity-50 dark:bg-neutral-100 dark:text-neutral-900">
        Start writing
      </button>
    </form>
  );
}
