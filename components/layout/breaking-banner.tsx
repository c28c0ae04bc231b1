'use client';

import { useEffect, useState } from 'react';
import type { Banner } from '@/lib/banner/site-banner';

const DISMISSED = 'broadsheet:dismissed-banner';
const LOOK: Record<Banner['level'], { label: string; className: string }> = {
  breaking: { label: 'Breaking', className: 'bg-red-700 text-white' },
  developing: { label: 'Developing', className: 'bg-amber-400 text-neutral-950' },
  notice: { label: 'Notice', className: 'bg-neutral-900 text-white dark:bg-neutral-100 dark:text-neutral-900' },
};

/**
 * The breaking-news banner, asked for by the browser like the account menu, so pages stay cached for everyone.
 * It sits fixed at the foot of the window: appearing after the page, it moves nothing on it. Dismissed, it
 * stays away in this browser until editors put up another.
 */
export function BreakingBanner() {
  const [banner, setBanner] = useState<Banner | null>(null);

  useEffect(() => {
    // `no-cache`: asked of the server (or the cache tier) every time, never taken stale from the browser's cache.
    fetch('/api/banner', { headers: { Accept: 'application/json' }, cache: 'no-cache' })
      .then((res) => (res.ok ? res.json() : { banner: null }))
      .then(({ banner: next }: { banner: Banner | null }) => {
        if (next && localStorage.getItem(DISMISSED) !== String(next.id)) setBanner(next);
      })
      .catch(() => undefined);
  }, []);

  if (!banner) return null;
  const look = LOOK[banner.level];
  return (
    <aside aria-label={`${look.label} news`} className={`fixed inset-x-0 bottom-0 z-50 shadow-lg ${look.className}`}>
      <div className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-3">
        <span className="shrink-0 text-xs font-bold tracking-wider uppercase">{look.label}</span>
        <p className="grow font-semibold">
          {banner.url ? (
            <a href={banner.url} className="underline">
              {banner.text}
            </a>
          ) : (
            banner.text
          )}
        </p>
        <button
          type="button"
          aria-label="Dismiss this banner"
          className="shrink-0 rounded px-2 py-1 text-lg leading-none hover:bg-black/20"
          onClick={() => {
            localStorage.setItem(DISMISSED, String(banner.id));
            setBanner(null);
          }}
        >
          ×
        </button>
      </div>
    </aside>
  );
}
