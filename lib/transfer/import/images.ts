import fs from 'node:fs/promises';
import path from 'node:path';
import type { BlockNode } from '@/lib/articles/document';
import { ARTICLE_IMAGE_MAX_BYTES, storeRenditions } from '@/lib/media/renditions';
import { checkedImage } from '@/lib/media/image-upload';
import type { RecordInput } from '../records';

type StoryInput = Extract<RecordInput, { type: 'story' }>;
export type MissingImage = { story: string; src: string };

/** Where a source's image may be in the folder the operator gave: its path after `uploads/` or `images/`, or its name. */
function candidates(src: string, dir: string): string[] {
  let pathname = src;
  try {
    pathname = decodeURIComponent(new URL(src, 'http://relative.invalid').pathname);
  } catch {
    // keep it as written
  }
  // WordPress keeps files under wp-content/uploads/, Ghost under content/images/: the rest is the path in DIR.
  const afterUploads = /\/(?:uploads|images)\/(.+)$/.exec(pathname)?.[1];
  const inside = (rel: string) => {
    const full = path.resolve(dir, rel);
    return full.startsWith(path.resolve(dir) + path.sep) ? [full] : [];
  };
  return [...(afterUploads ? inside(afterUploads) : []), ...inside(path.basename(pathname))];
}

/**
 * Brings in the images stories from another system refer to (every source is that system's). Sources are other sites' addresses; this machine fetches nothing, so an
 * image is imported from the folder given with `--media DIR` (checked, resized and stored like an upload) and
 * the story then points at our copy. An image that cannot be found is left out of the story and listed for the
 * operator. Returns media records to write before the stories.
 */
export async function bringImages(records: RecordInput[], mediaDir: string | undefined): Promise<{ records: RecordInput[]; missing: MissingImage[] }> {
  const stored = new Map<string, { url: string; width: number; height: number } | null>();
  const media: RecordInput[] = [];
  const missing: MissingImage[] = [];

  const bring = async (src: string, alt: string, caption: string): Promise<{ url: string; width: number; height: number } | null> => {
    if (stored.has(src)) return stored.get(src)!;
    let found: { url: string; width: number; height: number } | null = null;
    for (const file of mediaDir ? candidates(src, mediaDir) : []) {
      const bytes = await fs.readFile(file).catch(() => null);
      if (!bytes) continue;
      try {
        const image = await checkedImage(new File([new Uint8Array(bytes)], path.basename(file)), ARTICLE_IMAGE_MAX_BYTES, 'image');
        const row = await storeRenditions(image);
        media.push({ type: 'media', ref: src, ...row, alt, caption });
        found = { url: row.url, width: row.width, height: row.height };
      } catch {
        // not an image we accept: listed as missing below
      }
      break;
    }
    stored.set(src, found);
    return found;
  };

  const out: RecordInput[] = [];
  const noteMissing = (story: string, src: string) => {
    if (!missing.some((m) => m.story === story && m.src === src)) missing.push({ story, src });
  };
  for (const record of records) {
    if (record.type !== 'story') {
      out.push(record);
      continue;
    }
    const story = record as StoryInput;
    const content: BlockNode[] = [];
    for (const block of story.body.content) {
      if (block.type !== 'image') {
        content.push(block);
        continue;
      }
      const image = await bring(block.attrs.src, block.attrs.alt, block.attrs.caption ?? '');
      if (image) content.push({ ...block, attrs: { ...block.attrs, src: image.url, width: image.width, height: image.height } });
      else noteMissing(story.slug, block.attrs.src);
    }
    let hero = story.hero ?? null;
    if (hero && !(await bring(hero, story.headline, ''))) {
      noteMissing(story.slug, hero);
      hero = null;
    }
    out.push({ ...story, hero, body: { ...story.body, content } });
  }
  // Media first: stories refer to them.
  const firstStory = out.findIndex((r) => r.type === 'story');
  return { records: firstStory < 0 ? [...out, ...media] : [...out.slice(0, firstStory), ...media, ...out.slice(firstStory)], missing };
}
