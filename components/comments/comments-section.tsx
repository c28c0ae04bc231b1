'use client';

import dynamic from 'next/dynamic';
import { useEffect, useRef, useState } from 'react';
import type { DateFormat } from '@/lib/dates/date-format';

const CommentThreadIsland = dynamic(() => import('./comment-thread'), { ssr: false, loading: () => <p className="mt-4 text-sm">Loading comments…</p> });

/**
 * The comment area under the article. Its code and data load when the reader comes near it (or arrives with a
 * link to a comment), so reading the story costs no comment JavaScript. Its heading ("12 comments") is written on
 * the server, so the story's own load makes no Intl formatter either.
 */
export function CommentsSection({ slug, count, heading, dates }: { slug: string; count: number; heading: string; dates: DateFormat }) {
  const ref = useRef<HTMLElement>(null);
  const [wanted, setWanted] = useState(false);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setWanted(true), { rootMargin: '800px 0px' });
    observer.observe(el);
    // Arriving with a link to a comment (or back from signing in to write one): go to the area, which loads it.
    if (/^#(comment|reply)-/.test(window.location.hash)) el.scrollIntoView();
    return () => observer.disconnect();
  }, []);

  return (
    <section ref={ref} id="comments" aria-labelledby="comments-heading" className="mt-12 border-t border-neutral-200 pt-6 dark:border-neutral-800">
      {wanted ? (
        <CommentThreadIsland slug={slug} initialCount={count} dates={dates} />
      ) : (
        <>
          <h2 id="comments-heading" className="font-serif text-2xl font-bold">
            {heading}
          </h2>
          <noscript>
            <p className="mt-3 text-sm">Comments need JavaScript to load.</p>
          </noscript>
        </>
      )}
    </section>
  );
}
