import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GET as missingApi, POST as missingApiPost } from '@/app/api/[...path]/route';
import { GET as newsroomArticles } from '@/app/api/newsroom/articles/route';
import { GET as newsroomStories } from '@/app/api/newsroom/stories/route';
import { GET as newsroomPages } from '@/app/api/newsroom/pages/route';
import { GET as errorInbox } from '@/app/api/newsroom/error-reports/route';
import { GET as thread } from '@/app/api/articles/[slug]/comments/route';
import { GET as health } from '@/app/api/health/route';
import { NOT_ALLOWED } from '@/lib/http/route';
import { callRoute } from '../helpers/http';
import { setupTestDatabase } from '../helpers/test-database';
import { createUser, jsonInit } from '../helpers/users';

/** The review's finding 7: staff answers cached by nobody, 405 with a body and Allow, JSON for unknown /api/ paths. */
const database = setupTestDatabase();
const db = () => database.current().db;

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
const routeFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? routeFiles(path.join(dir, e.name)) : e.name === 'route.ts' ? [path.join(dir, e.name)] : []));

describe('HTTP answers', () => {
  it('every route answers every method: the ones it does not take with 405, Allow and the JSON error shape', async () => {
    const files = routeFiles('app');
    expect(files.length).toBeGreaterThan(45);
    for (const file of files) {
      const mod = (await import(`@/${file.replace(/\.ts$/, '')}`)) as Record<string, ((req: Request, ctx: unknown) => Promise<Response>) & { [NOT_ALLOWED]?: true }>;
      const own = METHODS.filter((m) => typeof mod[m] === 'function' && !mod[m]![NOT_ALLOWED]);
      for (const method of METHODS) {
        expect(typeof mod[method], `${file} ${method}`).toBe('function');
        if (own.includes(method) || file.includes('[...path]')) continue;
        const res = await mod[method]!(new Request('http://localhost/x', { method }), { params: Promise.resolve({}) });
        expect(res.status, `${file} ${method}`).toBe(405);
        expect(res.headers.get('allow'), file).toBe([...own, ...(own.includes('GET') ? ['HEAD'] : []), 'OPTIONS'].join(', '));
        expect((await res.json()).error.code).toBe('method_not_allowed');
      }
    }
  });

  it('the newsroom’s GETs and every error are private, no-store; a public thread is not', async () => {
    const editor = await createUser(db(), 'editor');
    for (const [handler, url] of [
      [newsroomArticles, '/api/newsroom/articles'],
      [newsroomStories, '/api/newsroom/stories?q=bill'],
      [newsroomPages, '/api/newsroom/pages'],
      [errorInbox, '/api/newsroom/error-reports'],
    ] as const) {
      const res = await callRoute(handler as typeof newsroomPages, url, {}, jsonInit('GET', editor.cookie));
      expect(res.status, url).toBe(200);
      expect(res.headers.get('cache-control'), url).toBe('private, no-store');
    }
    const refused = await callRoute(newsroomPages, '/api/newsroom/pages', {}, jsonInit('GET', undefined));
    expect(refused.status).toBe(401);
    expect(refused.headers.get('cache-control')).toBe('private, no-store');
    const unknown = await callRoute(thread, '/x', { slug: 'no-such-story' });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('cache-control')).toBe('private, no-store');
    const publicThread = await callRoute(thread, '/x', { slug: 'emergency-powers-bill-passes-second-reading-by-eleven-votes' });
    expect(publicThread.headers.get('cache-control')).toContain('s-maxage');
    expect((await callRoute(health, '/api/health', {})).headers.get('cache-control')).toContain('no-store');
  });

  it('an unknown /api/ address answers the JSON error shape, whatever the method', async () => {
    for (const handler of [missingApi, missingApiPost]) {
      const res = await handler();
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toContain('application/json');
      expect((await res.json()).error).toMatchObject({ code: 'not_found' });
    }
  });
});
