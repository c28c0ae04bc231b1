'use client';

import { useEffect, useState } from 'react';

type Story = { id: number; headline: string; url: string };

/**
 * "Most read" over the last 24 hours (the site's, or a section's), asked for by the browser so the page around
 * it stays cached; its room is kept while it loads, and kept when the list is empty, so nothing around it moves.
 */
export function MostRead({ section, className = '' }: { section?: string; className?: string }) {
  const [stories, setStories] = useState<Story[] | null>(null);
  useEffect(() => {
    fetch(`/api/most-read${section ? `?section=${encodeURIComponent(section)}` : ''}`, { headers: { Accept: 'application/json' }, cache: 'no-cache' })
      .then((res) => (res.ok ? res.json() : { stories: [] }))
      .then((body: { stories: Story[] }) => setStories(body.stories))
      .catch(() => setStories([]));
  }, [section]);
  return (
    <section aria-labelledby="most-read-heading" className={`min-h-64 ${className}`}>
      <h2 id="most-read-heading" className="rail-heading">
        Most read
      </h2>
      {stories?.length === 0 && <p className="text-neutral-600 dark:text-neutral-400">Nothing read yet in the last 24 hours.</p>}
      <ol aria-label="Most read stories" className="list-decimal space-y-3 pl-5 font-serif text-lg leading-snug">
        {stories?.map((s) => (
          <li key={s.id}>
            {/* A plain link, as every story link on reader pages: a visible <Link> would fetch each story ahead. */}
            <a href={s.url} className="hover:underline">
              {s.headline}
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
