/**
 * Next's own page cache (in memory; see next.config.js), with one addition: every cached page is stored with a
 * Content-Security-Policy that names the hashes of its inline scripts. Next writes each page's data into inline
 * `self.__next_f.push(…)` scripts; a static policy can only allow them all ('unsafe-inline'), and a nonce would
 * force every page to render per request. A cached page's HTML is fixed, so the hashes of its scripts are too:
 * they are computed once, when the page is stored, and served with it on every hit. The browser enforces both
 * this policy and the static one, so on a cached page an injected inline script runs nowhere.
 *
 * Plain JavaScript: Next loads it at start, uncompiled.
 */
import { createHash } from 'node:crypto';
import FileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import { contentSecurityPolicy } from '../http/security-headers.js';

const FileSystemCache = FileSystemCacheModule.default ?? FileSystemCacheModule;

// Inline scripts: no src, and of a type the browser runs (JSON-LD and other data blocks are never executed).
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gi;
const DATA_TYPE = /\stype=["']?(?!text\/javascript|module|application\/javascript)[^"'\s>]+/i;

/** The policy for one page: the static one, with its inline scripts named by hash instead of 'unsafe-inline'. */
export function policyForPage(html) {
  const hashes = new Set();
  for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
    if (DATA_TYPE.test(attributes)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return contentSecurityPolicy().replace("script-src 'self' 'unsafe-inline'", `script-src 'self' ${[...hashes].join(' ')}`.trimEnd());
}

export default class PageCacheHandler extends FileSystemCache {
  async set(key, data, ctx) {
    if (data?.kind === 'APP_PAGE' && data.html) {
      const html = typeof data.html === 'string' ? data.html : Buffer.from(data.html).toString('utf8');
      data.headers = { ...data.headers, 'content-security-policy': policyForPage(html) };
    }
    return super.set(key, data, ctx);
  }
}
