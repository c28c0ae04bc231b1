import { getImageProps, type ImageProps } from 'next/image';
import { preload } from 'react-dom';

type Props = Omit<ImageProps, 'priority' | 'preload' | 'loading' | 'fetchPriority'> & { priority?: boolean };

/**
 * A picture with next/image's optimised sources (the same srcset, sizes and /_next/image widths) as a plain
 * server-rendered <img>: next/image's <Image> is a client component, and a front page of pictures made each one
 * something to hydrate on the reader's phone. `priority` is for the picture a reader sees first: fetched at once,
 * with a preload in the head.
 */
export function Picture({ priority = false, ...image }: Props) {
  const { props } = getImageProps({ ...image, loading: priority ? 'eager' : 'lazy', ...(priority && { fetchPriority: 'high' }) });
  if (priority) preload(props.src, { as: 'image', imageSrcSet: props.srcSet, imageSizes: props.sizes, fetchPriority: 'high' });
  const { alt, ...rest } = props;
  // eslint-disable-next-line @next/next/no-img-element -- the optimised <img> next/image itself would render
  return <img alt={alt} {...rest} />;
}
