import { demoSections, demoAuthors } from './demo-publication';

/** The generated demo illustrations in public/demo (made by scripts/generate-demo-images.ts). */
export const HERO_VARIANTS = 2;
export const HERO_SIZE = { width: 1600, height: 900 } as const;
export const AVATAR_SIZE = 256;

export const heroPath = (section: string, variant: number) => `/demo/heroes/${section}-${variant + 1}.webp`;
export const avatarPath = (slug: string) => `/demo/avatars/${slug}.webp`;

export const sectionHues: Record<string, number> = {
  world: 200, politics: 350, business: 35, science: 265, climate: 140, culture: 310, sport: 90,
};

export function allDemoImages() {
  return {
    heroes: demoSections.flatMap((s) =>
      Array.from({ length: HERO_VARIANTS }, (_, v) => ({ section: s.slug, variant: v, path: heroPath(s.slug, v) })),
    ),
    avatars: demoAuthors.map((a) => ({ slug: a.slug, name: a.name, hue: a.hue, path: avatarPath(a.slug) })),
  };
}
