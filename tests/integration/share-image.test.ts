import fs from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { generateMetadata } from '@/app/(site)/[section]/[slug]/page';
import { GET as shareImage } from '@/app/(site)/[section]/[slug]/share.png/route';
import { createArticle } from '../helpers/factories';
import { callRoute } from '../helpers/http';
import { setupTestDatabase } from '../helpers/test-database';

const database = setupTestDatabase();

async function fetchImage(section: string, slug: string) {
  const response = await shareImage(new Request(`http://localhost/${section}/${slug}/share.png`), { params: Promise.resolve({ section, slug }) });
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

describe('share images', () => {
  it('a story without a photo is shared with a 1200×630 picture of its headline', async () => {
    const story = await createArticle(database.current().db, { headline: 'Harbour wall “holds” through the storm — for now 🌊', section: 'world' });
    const metadata = await generateMetadata({ params: Promise.resolve({ section: 'world', slug: story.slug }) });
    const [image] = metadata.openGraph!.images as { url: string; width: number; height: number; alt: string }[];
    expect(image).toMatchObject({ width: 1200, height: 630, alt: story.headline });
    expect(image!.url).toMatch(new RegExp(`^/world/${story.slug}/share\\.png\\?v=\\d+$`));

    const { response, bytes } = await fetchImage('world', story.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('cache-control')).toContain('s-maxage=86400');
    expect(await sharp(bytes).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
    fs.mkdirSync('artifacts/screenshots', { recursive: true });
    fs.writeFileSync('artifacts/screenshots/share-image.png', bytes);

    // Right-to-left text is drawn too (Pango, with the server's fonts), and nothing is fetched to draw it.
    const arabic = await createArticle(database.current().db, { headline: 'Harbour: الميناء يصمد أمام العاصفة', section: 'world' });
    const rtl = await fetchImage('world', arabic.slug);
    expect(rtl.response.status).toBe(200);
    expect((await sharp(rtl.bytes).stats()).channels[0]!.max).toBeGreaterThan(200); // white text on black
  });

  it('a story with a photo is shared with its photo', async () => {
    const metadata = await generateMetadata({ params: Promise.resolve({ section: 'politics', slug: 'emergency-powers-bill-passes-second-reading-by-eleven-votes' }) });
    const [image] = metadata.openGraph!.images as { url: string }[];
    expect(image!.url).toMatch(/\.(webp|jpe?g|png)$/);
    expect(image!.url).not.toContain('share.png');
  });

  it('answers 404 for an unknown story, a story in another section, and a draft', async () => {
    const draft = await createArticle(database.current().db, { status: 'draft' });
    for (const [section, slug] of [['world', 'no-such-story'], ['sport', 'polls-close-in-valdoria-as-both-candidates-claim-early-lead'], ['world', draft.slug], ['world', '../etc']]) {
      const res = await callRoute(shareImage, `/${section}/${slug}/share.png`, { section: section!, slug: slug! });
      expect(res.status, `${section}/${slug}`).toBe(404);
    }
  });
});
