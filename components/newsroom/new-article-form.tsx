'use client';

import { useActionState } from 'react';
import { startDraft } from '@/app/(newsroom)/newsroom/articles/new/actions';
import { SlugOptions } from '@/components/ui/slug-options';
import { Button, Input, Select } from '@/components/ui/controls';


/** A headline and a section start a draft story, a title a page; the editor opens on it. */
export function NewArticleForm({ sections, kind = 'story' }: { sections: { slug: string; name: string }[]; kind?: 'story' | 'page' }) {
  const [state, action, pending] = useActionState(startDraft, { error: null });
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="kind" value={kind} />
      <label className="block">
        <span className="font-semibold">{kind === 'page' ? 'Title' : 'Headline'}</span>
        <Input name="headline" required maxLength={200} pad="md" className="w-full mt-1 font-serif text-xl" />
      </label>
      {kind === 'story' && (
        <label className="block">
          <span className="font-semibold">Section</span>
          <Select name="section" pad="md" className="w-full mt-1">
            <SlugOptions items={sections} />
          </Select>
        </label>
      )}
      {state.error && (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {state.error}
        </p>
      )}
      <Button type="submit" disabled={pending} variant="primary">
        Start writing
      </Button>
    </form>
  );
}
