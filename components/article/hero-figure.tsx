import { Picture } from '@/components/ui/picture';

type Hero = { url: string; alt: string; width: number; height: number; caption: string; credit: string };

/** The picture at the top of a story or page, with its caption and credit; it is the page's largest paint. */
export function HeroFigure({ hero }: { hero: Hero }) {
  return (
    <figure className="my-6">
      <Picture src={hero.url} alt={hero.alt} width={hero.width} height={hero.height} sizes="(min-width: 768px) 768px, 100vw" priority className="w-full rounded" />
      <figcaption className="mt-2 text-sm text-neutral-600 dark:text-neutral-400">
        {hero.caption} <span className="text-neutral-500">{hero.credit}</span>
      </figcaption>
    </figure>
  );
}
