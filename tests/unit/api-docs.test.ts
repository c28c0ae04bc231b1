import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * docs/http-api.md is the API's reference for its users: every route file's address must be in it, with each
 * method the file really answers (a handler of its own, not the 405 of `otherMethods`).
 */
const APP = path.resolve('app');
const docs = fs.readFileSync(path.resolve('docs/http-api.md'), 'utf8');

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? routeFiles(full) : e.name === 'route.ts' ? [full] : [];
  });
}

/** app/api/articles/[slug]/comments/route.ts → /api/articles/{slug}/comments (route groups left out). */
const addressOf = (file: string) =>
  '/' +
  path
    .relative(APP, path.dirname(file))
    .split(path.sep)
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .map((segment) => segment.replace(/^\[(.+)\]$/, '{$1}'))
    .join('/');

/** Methods with a handler of their own: `export const GET = …`, `export async function POST`, `export { x as GET }`. */
function methodsOf(source: string): string[] {
  const own = [...source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!);
  const renamed = [...source.matchAll(/\bas (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!);
  return [...new Set([...own, ...renamed])];
}

describe('docs/http-api.md', () => {
  const routes = routeFiles(APP)
    .map((file) => ({ address: addressOf(file), methods: methodsOf(fs.readFileSync(file, 'utf8')) }))
    // The catch-alls: next-auth's (documented as /api/auth/*) and the JSON 404 for unknown /api/ addresses.
    .filter((r) => !r.address.includes('{...'));

  it('finds the route files', () => {
    expect(routes.length).toBeGreaterThan(80);
  });

  it.each(routes.map((r) => [r.address, r.methods] as const))('lists %s with %j', (address, methods) => {
    for (const method of methods) expect(docs, `${method} ${address}`).toMatch(new RegExp(`\`${method} ${address.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[?\` ]`));
  });
});
