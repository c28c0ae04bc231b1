'use client';

import { useEffect, useState } from 'react';
import { Modal } from '@/components/ui/modal';
import { fetchJson } from '@/lib/http/fetch-json';

type Story = { slug: string; headline: string; section: string; url: string };

/** Finds a published story by its headline for a "See what's next" card. */
export function RelatedStoryDialog({ onPick, onClose }: { onPick: (story: Story) => void; onClose: () => void }) {
  const [q, setQ] = useState('');
  const [stories, setStories] = useState<Story[] | null>(null);

  useEffect(() => {
    if (q.trim().length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetchJson<{ stories: Story[] }>(`/api/newsroom/stories?q=${encodeURIComponent(q)}`, { signal: controller.signal })
        .then((r) => setStories(r.stories))
        .catch(() => {});
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q]);

  return (
    <Modal title="Add a related story" onClose={onClose}>
      <label className="block text-sm">
        <span className="font-semibold">Search published stories by headline</span>
        <input type="search" value={q} onChange={(e) => setQ(e.target.value)} autoFocus className="mt-1 w-full rounded border border-neutral-400 bg-transparent p-2 dark:border-neutral-600" />
      </label>
      <ul aria-label="Matching stories" className="mt-3 max-h-72 space-y-1 overflow-y-auto text-sm">
        {q.trim().length >= 2 && stories?.length === 0 && <li>No published story matches.</li>}
        {q.trim().length >= 2 &&
          stories?.map((s) => (
            <li key={s.slug}>
              <button type="button" onClick={() => onPick(s)} className="w-full rounded p-2 text-left hover:bg-neutral-100 dark:hover:bg-neutral-800">
                <span className="font-semibold">{s.headline}</span> <span className="text-neutral-600 dark:text-neutral-400">· {s.section}</span>
              </button>
            </li>
          ))}
      </ul>
      <button type="button" onClick={onClose} className="mt-3 text-sm underline">
        Cancel
      </button>
    </Modal>
  );
}
