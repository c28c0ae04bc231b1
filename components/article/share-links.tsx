import { ShareButtons } from './share-buttons';

const link = 'inline-block rounded border border-neutral-300 px-3 py-1 hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800';

/** Each network's own "share" address for a story: plain links, no script or pixel of theirs on our pages. */
export function shareTargets(url: string, title: string): { name: string; href: string }[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { name: 'Email', href: `mailto:?subject=${t}&body=${encodeURIComponent(`${title}\n\n${url}`)}` },
    { name: 'X', href: `https://x.com/intent/post?text=${t}&url=${u}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { name: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { name: 'Bluesky', href: `https://bsky.app/intent/compose?text=${encodeURIComponent(`${title} ${url}`)}` },
  ];
}

/** "Share this story": the browser's share sheet and copy where it has them, then email and the networks. */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  return (
    <section aria-labelledby="share-heading" className="mt-8">
      <h2 id="share-heading" className="mb-2 text-sm font-semibold uppercase tracking-wide">
        Share this story
      </h2>
      <ul className="flex flex-wrap items-center gap-2 text-sm">
        <ShareButtons url={url} title={title} />
        {shareTargets(url, title).map((target) => (
          <li key={target.name}>
            <a href={target.href} className={link} rel="noopener noreferrer" target={target.name === 'Email' ? undefined : '_blank'}>
              {target.name}
              {target.name !== 'Email' && <span className="sr-only"> (opens in a new tab)</span>}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
