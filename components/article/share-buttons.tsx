'use client';

import { useState, useSyncExternalStore } from 'react';

const never = () => () => {};
const button = 'rounded border border-neutral-300 px-3 py-1 hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800';

/**
 * The buttons that need the browser: the phone's own share sheet (where there is one) and "Copy link". Drawn
 * only once the browser says it can do them, so a page without JavaScript shows no button that does nothing.
 */
export function ShareButtons({ url, title }: { url: string; title: string }) {
  const canShare = useSyncExternalStore(never, () => typeof navigator.share === 'function', () => false);
  const canCopy = useSyncExternalStore(never, () => Boolean(navigator.clipboard), () => false);
  const [copied, setCopied] = useState(false);
  return (
    <>
      {canShare && (
        <li>
          <button type="button" className={button} onClick={() => navigator.share({ title, url }).catch(() => undefined)}>
            Share…
          </button>
        </li>
      )}
      {canCopy && (
        <li>
          <button
            type="button"
            className={button}
            onClick={() =>
              navigator.clipboard.writeText(url).then(
                () => setCopied(true),
                () => setCopied(false),
              )
            }
          >
            Copy link
          </button>
          {/* Only once copied: an empty status region would be one more for the page's own messages. */}
          {copied && (
            <span role="status" className="ml-2 text-sm">
              Link copied
            </span>
          )}
        </li>
      )}
    </>
  );
}
