'use client';

import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { fetchJson } from '@/lib/http/fetch-json';
import { Input } from '@/components/ui/controls';

export type FoundStory = { id: number; slug: string; headline: string; section: string; url: string };

/** Finds published stories by headline (two letters or more) and offers each to `onPick`. */
export function StorySearch({ onPick, label = 'Search published stories by headline', autoFocus = false }: { onPick: (story: FoundStory) => void; label?: string; autoFocus?: boolean }) {
  const [q, setQ] = useState('');
  const term = useDeferredValue(q.trim());
  const { data: stories } = useQuery({
    queryKey: ['newsroom-stories', term],
    queryFn: ({ signal }) => fetchJson<{ stories: FoundStory[] }>(`/api/newsroom/stories?q=${encodeURIComponent(term)}`, { signal }).then((r) => r.stories),
    enabled: term.length >= 2,
    staleTime: 30_000,
  });
  return (
    <div>
      <label className="block text-sm">
        <span className="font-semibold">{label}</span>
        <Input type="search" value={q} onChange={(e) => setQ(e.target.value)} autoFocus={autoFocus} pad="md" className="mt-1 w-full" />
      </label>
      <ul aria-label="Matching stories" className="mt-3 max-h-72 space-y-1 overflow-y-auto text-sm">
        {term.length >= 2 && stories?.length === 0 && <li>No published story matches.</li>}
        {term.length >= 2 &&
          stories?.map((s) => (
            <li key={s.id}>
              <button type="button" onClick={() => onPick(s)} className="w-full rounded p-2 text-left hover:bg-neutral-100 dark:hover:bg-neutral-800">
                <span className="font-semibold">{s.headline}</span> <span className="text-neutral-600 dark:text-neutral-400">· {s.section}</span>
              </button>
            </li>
          ))}
      </ul>
    </div>
  );
}
