'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { QueryProvider } from '@/components/providers/query-provider';
import { TimeStamp } from '@/components/ui/time-stamp';
import type { DateFormat } from '@/lib/dates/date-format';
import { fetchJson } from '@/lib/http/fetch-json';
import type { LiveEntry, LiveState } from '@/lib/live/live-blog';
import { ArticleBody } from './article-body';
import { Button } from '@/components/ui/controls';

type Blog = { live: LiveState; entries: LiveEntry[] };
/** How often an open page asks for new entries (a cache tier answers most of these). */
const POLL_MS = 1_000;

export function LiveBlog(props: { slug: string; initial: Blog; dates: DateFormat }) {
  return (
    <QueryProvider>
      <Entries {...props} />
    </QueryProvider>
  );
}

/**
 * A live blog's entries, newest first. While coverage is live the page asks every second for entries newer
 * than the newest it has; they wait behind a "3 new updates" button, so nothing moves under the reader's eyes
 * until they ask for it. Once coverage ends the page stops asking: an ordinary story.
 */
function Entries({ slug, initial, dates }: { slug: string; initial: Blog; dates: DateFormat }) {
  const queryClient = useQueryClient();
  const key = ['live-blog', slug];
  // The query's data is everything this page knows: each poll asks for entries newer than the newest known.
  const { data } = useQuery({
    queryKey: key,
    queryFn: async () => {
      const known = queryClient.getQueryData<Blog>(key) ?? initial;
      const newest = Math.max(0, ...known.entries.map((e) => e.id));
      const fresh = await fetchJson<Blog>(`/api/articles/${slug}/live${newest > 0 ? `?after=${newest}` : ''}`, { cache: 'no-cache' });
      return { live: fresh.live, entries: [...fresh.entries.filter((e) => e.id > newest), ...known.entries] };
    },
    initialData: initial,
    refetchInterval: (query) => (query.state.data?.live.endedAt ? false : POLL_MS),
  });
  // What the reader has on the page; the rest waits behind the button.
  const [revealed, setRevealed] = useState(() => new Set(initial.entries.map((e) => e.id)));
  const shown = data.entries.filter((e) => revealed.has(e.id));
  const waiting = data.entries.filter((e) => !revealed.has(e.id));
  const live = data.live;

  const keyEvents = shown.filter((e) => e.keyEvent);
  return (
    <section aria-labelledby="live-heading" className="mt-8 space-y-6">
      <h2 id="live-heading" className="flex items-center gap-3 font-serif text-2xl font-bold">
        {live.endedAt ? 'Live coverage' : 'Live'}
        {!live.endedAt && <span className="rounded bg-red-700 px-2 py-0.5 font-sans text-xs font-bold tracking-wider text-white uppercase">Live</span>}
      </h2>
      <p className="text-sm text-neutral-700 dark:text-neutral-300">
        <TimeStamp iso={live.startedAt} prefix="Coverage started " format={dates} />
        {live.endedAt && (
          <>
            {' · '}
            <TimeStamp iso={live.endedAt} prefix="ended " format={dates} />
          </>
        )}
      </p>
      {keyEvents.length > 0 && (
        <nav aria-label="Key events" className="rounded border border-neutral-300 p-4 dark:border-neutral-700">
          <h3 className="mb-2 font-bold">Key events</h3>
          <ul className="list-disc space-y-1 pl-5">
            {keyEvents.map((e) => (
              <li key={e.id}>
                <a href={`#entry-${e.id}`} className="underline">
                  {e.headline || 'Update'}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div aria-live="polite">
        {waiting.length > 0 && (
          <Button
            type="button"
            onClick={() => setRevealed(new Set(data.entries.map((e) => e.id)))}
            variant="primary" className="w-full"
          >
            {waiting.length === 1 ? '1 new update' : `${waiting.length} new updates`}
          </Button>
        )}
      </div>
      <ol aria-label="Live updates" className="space-y-8">
        {shown.map((e) => (
          <li key={e.id} id={`entry-${e.id}`} className="scroll-mt-4 border-l-4 border-neutral-300 pl-4 dark:border-neutral-700">
            <p className="text-sm font-semibold text-neutral-700 dark:text-neutral-300">
              <TimeStamp iso={e.createdAt} format={dates} />
              {e.author && ` · ${e.author}`}
              {e.keyEvent && <span className="ml-2 rounded bg-amber-200 px-1.5 py-0.5 text-xs text-amber-950">Key event</span>}
              {e.updatedAt && <span className="ml-2 text-xs">(corrected)</span>}
            </p>
            {e.headline && <h3 className="mt-1 font-serif text-xl font-bold">{e.headline}</h3>}
            <ArticleBody doc={e.body} inlineCards={{}} />
          </li>
        ))}
      </ol>
      {shown.length === 0 && waiting.length === 0 && <p>The first update is coming.</p>}
    </section>
  );
}
