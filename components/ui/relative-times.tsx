'use client';

import { usePathname } from 'next/navigation';
import { useEffect } from 'react';
import { relativeTimeIn, type RelativePhrases } from '@/lib/dates/date-format';

const REFRESH_MS = 30_000;

/** Shows each recent <TimeStamp> as "12 minutes ago", and keeps it current; older ones keep their date. */
function refresh(phrases: RelativePhrases) {
  const now = Date.now();
  for (const time of document.querySelectorAll<HTMLTimeElement>('time[data-relative]')) {
    const absolute = time.querySelector<HTMLElement>('[data-absolute]');
    const relative = time.querySelector<HTMLElement>('[data-relative-text]');
    if (!absolute || !relative) continue;
    const text = relativeTimeIn(phrases, time.dateTime, now);
    const prefix = absolute.dataset.prefix ?? '';
    if (text) relative.textContent = prefix + text;
    // Both stay in the layout (one invisible), so the box keeps its width whichever shows.
    relative.classList.toggle('invisible', !text);
    absolute.classList.toggle('invisible', Boolean(text));
    relative.setAttribute('aria-hidden', String(!text));
    absolute.setAttribute('aria-hidden', String(Boolean(text)));
  }
}

/**
 * One island for the whole page: the dates themselves are server-rendered text and need no script. The phrases
 * come from the server (relativePhrases), in the publication's language.
 */
export function RelativeTimes({ phrases }: { phrases: RelativePhrases }) {
  const pathname = usePathname(); // a client-side navigation brings new dates
  useEffect(() => {
    // A task of its own, not a part of hydration's: the dates already read right, only less friendly.
    const first = setTimeout(() => refresh(phrases), 0);
    const timer = setInterval(() => refresh(phrases), REFRESH_MS);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [pathname, phrases]);
  return null;
}
