import { describe, expect, it } from 'vitest';
import { footprintTags } from '@/lib/newsroom/footprint';

describe('footprintTags', () => {
  it('names every page a story shows on, before and after a change, and nothing else', () => {
    const before = { id: 7, slug: 'old-slug', sectionSlug: 'world', tagSlugs: ['ferries'], authorSlugs: ['ines-carvalho'] };
    const after = { id: 7, slug: 'new-slug', sectionSlug: 'climate', tagSlugs: ['ferries', 'night-travel'], authorSlugs: ['ines-carvalho', 'tomasz-wrona'] };
    expect(footprintTags(before, after).sort()).toEqual(
      [
        'front',
        'feeds',
        'sitemap',
        'search',
        'article:old-slug',
        'article:new-slug',
        'section:world',
        'section:climate',
        'comments:7',
        'tag:ferries',
        'tag:night-travel',
        'author:ines-carvalho',
        'author:tomasz-wrona',
      ].sort(),
    );
  });

  it('a page shows at its own address, in the footer and in the sitemap: fronts, feeds and search stay cached', () => {
    const page = { id: 9, slug: 'about', sectionSlug: null, tagSlugs: [], authorSlugs: [] };
    const renamed = { ...page, slug: 'about-us' };
    expect(footprintTags(page, renamed).sort()).toEqual(['article:about', 'article:about-us', 'pages', 'sitemap'].sort());
  });
});
