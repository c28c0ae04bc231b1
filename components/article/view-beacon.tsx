'use client';

import { useEffect } from 'react';

/**
 * Tells the server a reader saw this story, once, when the page is first visible: a prefetch never runs it, a
 * pre-rendered page waits until it is shown, a tab opened in the background until it is looked at. Nothing is
 * stored in the browser and no cookie is sent for it.
 */
export function ViewBeacon({ articleId }: { articleId: number }) {
  useEffect(() => {
    const send = () => navigator.sendBeacon?.('/api/views', new Blob([JSON.stringify({ id: articleId })], { type: 'application/json' }));
    const doc = document as Document & { prerendering?: boolean };
    if (doc.visibilityState === 'visible' && !doc.prerendering) {
      send();
      return;
    }
    const onVisible = () => {
      if (doc.visibilityState !== 'visible' || doc.prerendering) return;
      document.removeEventListener('visibilitychange', onVisible);
      document.removeEventListener('prerenderingchange', onVisible);
      send();
    };
    document.addEventListener('visibilitychange', onVisible);
    document.addEventListener('prerenderingchange', onVisible);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      document.removeEventListener('prerenderingchange', onVisible);
    };
  }, [articleId]);
  return null;
}
