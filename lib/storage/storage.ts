import 'server-only';
import fs from 'node:fs/promises';
import path from 'node:path';
import { env } from '@/lib/env';

/**
 * Where uploaded files live. Local disk under DATA_DIR/uploads by default; an S3-compatible store implements
 * the same two methods. Keys are content-hashed, so a stored file never changes and can be cached for ever.
 */
export interface FileStorage {
  put(key: string, bytes: Buffer, contentType: string): Promise<{ url: string }>;
  get(key: string): Promise<{ bytes: Buffer; contentType: string } | null>;
}

const TYPES: Record<string, string> = { '.webp': 'image/webp', '.jpg': 'image/jpeg', '.png': 'image/png' };
const SAFE_KEY = /^[a-z0-9-]+(\/[a-z0-9-]+)*\.(webp|jpg|png)$/;

/** Whether a key can name a stored file: lower-case path segments and an image extension, never "../". */
export function isStorageKey(key: string): boolean {
  return SAFE_KEY.test(key);
}

/** The folder of uploaded files on local disk; backups read it and restores fill it. */
export function uploadsRoot(): string {
  return path.resolve(env.DATA_DIR, 'uploads');
}

class LocalDiskStorage implements FileStorage {
  constructor(private readonly root: string) {}

  async put(key: string, bytes: Buffer) {
    if (!SAFE_KEY.test(key)) throw new Error(`unsafe storage key ${key}`);
    const file = path.join(this.root, key);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, bytes);
    return { url: `/uploads/${key}` };
  }

  async get(key: string) {
    if (!SAFE_KEY.test(key)) return null; // also keeps "../" out
    try {
      return { bytes: await fs.readFile(path.join(this.root, key)), contentType: TYPES[path.extname(key)] ?? 'application/octet-stream' };
    } catch {
      return null;
    }
  }
}

export const storage: FileStorage = new LocalDiskStorage(uploadsRoot());
