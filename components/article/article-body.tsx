import { Picture } from '@/components/ui/picture';
import type { ReactNode } from 'react';
import { safeHref, safeImageSrc, type BlockNode, type BodyDocument, type InlineNode } from '@/lib/articles/document';
import type { ArticleCard } from '@/lib/articles/types';
import { renditionSrcSet } from '@/lib/media/responsive';

const BODY_IMAGE_SIZES = '(min-width: 768px) 720px, 100vw';

/**
 * Renders the structured body through an allow-list: each known node type maps to one element, text is always
 * a React text child (escaped), links pass `safeHref`, images must be our own files. Unknown nodes, marks and
 * attributes render as nothing, so a hostile document cannot inject markup or script.
 */
export function ArticleBody({ doc, inlineCards }: { doc: BodyDocument; inlineCards: Record<string, ArticleCard> }) {
  const blocks = Array.isArray(doc?.content) ? doc.content : [];
  return (
    <div className="prose prose-lg prose-neutral max-w-none font-serif dark:prose-invert prose-headings:font-serif prose-a:text-[var(--color-accent)] dark:prose-a:text-[var(--color-accent-dark)]">
      {blocks.map((node, i) => (
        <Block key={i} node={node} inlineCards={inlineCards} />
      ))}
    </div>
  );
}

function Inline({ nodes }: { nodes: readonly InlineNode[] | undefined }): ReactNode {
  if (!Array.isArray(nodes)) return null;
  return nodes.map((node, i) => {
    if (node?.type === 'hardBreak') return <br key={i} />;
    if (node?.type !== 'text' || typeof node.text !== 'string') return null;
    let out: ReactNode = node.text;
    for (const mark of Array.isArray(node.marks) ? node.marks : []) {
      if (mark?.type === 'bold') out = <strong>{out}</strong>;
      else if (mark?.type === 'italic') out = <em>{out}</em>;
      else if (mark?.type === 'link') {
        const href = typeof mark.attrs?.href === 'string' ? safeHref(mark.attrs.href) : null;
        if (href) {
          const external = !href.startsWith('/') && !href.startsWith('#');
          out = external ? (
            <a href={href} rel="noopener noreferrer">
              {out}
            </a>
          ) : (
            <a href={href}>{out}</a>
          );
        }
      }
    }
    return <span key={i}>{out}</span>;
  });
}

function Block({ node, inlineCards }: { node: BlockNode; inlineCards: Record<string, ArticleCard> }): ReactNode {
  switch (node?.type) {
    case 'paragraph':
      return (
        <p>
          <Inline nodes={node.content} />
        </p>
      );
    case 'heading':
      return node.attrs?.level === 3 ? (
        <h3>
          <Inline nodes={node.content} />
        </h3>
      ) : (
        <h2>
          <Inline nodes={node.content} />
        </h2>
      );
    case 'blockquote':
      return (
        <blockquote>
          {(Array.isArray(node.content) ? node.content : []).map((p, i) => (
            <Block key={i} node={p} inlineCards={inlineCards} />
          ))}
        </blockquote>
      );
    case 'pullQuote':
      return (
        <figure className="not-prose my-8 border-y-4 border-[var(--color-accent)] py-4 dark:border-[var(--color-accent-dark)]">
          <blockquote className="font-serif text-2xl leading-snug font-semibold">
            <Inline nodes={node.content} />
          </blockquote>
          {typeof node.attrs?.attribution === 'string' && (
            <figcaption className="mt-2 text-sm text-neutral-600 dark:text-neutral-400">— {node.attrs.attribution}</figcaption>
          )}
        </figure>
      );
    case 'bulletList':
    case 'orderedList': {
      const items = (Array.isArray(node.content) ? node.content : []).map((item, i) => (
        <li key={i}>
          {(Array.isArray(item?.content) ? item.content : []).map((p, j) => (
            <Inline key={j} nodes={p?.content} />
          ))}
        </li>
      ));
      return node.type === 'bulletList' ? <ul>{items}</ul> : <ol>{items}</ol>;
    }
    case 'image': {
      const src = typeof node.attrs?.src === 'string' ? safeImageSrc(node.attrs.src) : null;
      if (!src) return null;
      const alt = typeof node.attrs.alt === 'string' ? node.attrs.alt : '';
      const width = node.attrs.width ?? 1600;
      const height = node.attrs.height ?? 900;
      const srcSet = renditionSrcSet(src);
      return (
        <figure>
          {srcSet ? (
            // Uploads are stored in each width already (lib/media/responsive.ts): no resizing per request.
            // eslint-disable-next-line @next/next/no-img-element
            <img src={src} srcSet={srcSet} sizes={BODY_IMAGE_SIZES} alt={alt} width={width} height={height} loading="lazy" decoding="async" className="h-auto w-full rounded" />
          ) : (
            <Picture src={src} alt={alt} width={width} height={height} sizes={BODY_IMAGE_SIZES} className="w-full rounded" />
          )}
          {(node.attrs.caption || node.attrs.credit) && (
            <figcaption>
              {node.attrs.caption} {node.attrs.credit && <span className="text-neutral-500">{node.attrs.credit}</span>}
            </figcaption>
          )}
        </figure>
      );
    }
    case 'relatedStory': {
      const card = typeof node.attrs?.slug === 'string' ? inlineCards[node.attrs.slug] : undefined;
      return card ? <InlineRelatedCard card={card} /> : null;
    }
    case 'horizontalRule':
      return <hr />;
    default:
      return null;
  }
}

function InlineRelatedCard({ card }: { card: ArticleCard }) {
  return (
    <aside aria-label="See what’s next" className="not-prose my-6 border-l-4 border-neutral-900 pl-4 dark:border-neutral-100">
      <p className="font-sans text-xs font-bold uppercase tracking-wide text-neutral-600 dark:text-neutral-400">See what’s next</p>
      <a href={card.url} className="font-serif text-lg font-semibold leading-snug hover:underline">
        {card.headline}
      </a>
    </aside>
  );
}
