'use client';

import { usePathname } from 'next/navigation';
import { useEffect } from 'react';
import { relativeTime, type Language } from '@/lib/dates/date-format';

const REFRESH_MS = 30_000;

/** Shows each recent <TimeStamp> as "12 minutes ago", and keeps it current; older ones keep their date. */
function refresh() {
  const now = Date.now();
  for (const time of document.querySelectorAll<HTMLTimeElement>('time[data-relative]')) {
    const absolute = time.querySelector<HTMLElement>('[data-absolute]');
    const relative = time.querySelector<HTMLElement>('[data-relative-text]');
    if (!absolute || !relative) continue;
    const text = relativeTime(time.dateTime, now, time.dataset.relative as Language);
    const prefix = absolute.dataset.prefix ?? '';
    if (text) relative.textContent = prefix + text;
    // Both stay in the layout (one invisible), so the box keeps its width whichever shows.
    relative.classList.toggle('invisible', !text);
    absolute.classList.toggle('invisible', Boolean(text));
    relative.setAttribute('aria-hidden', String(!text));
    absolute.setAttribute('aria-hidden', String(Boolean(text)));
  }
}

/** One island for the whole page: the dates themselves are server-rendered text and need no script. */
export function RelativeTimes() {
  const pathname = usePathname(); // a client-side navigation brings new dates
  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, REFRESH_MS);
    return () => clearInterval(timer);
  }, [pathname]);
  return null;
}
