import { describe, expect, it } from 'vitest';
import * as auditRoute from '@/app/api/moderation/audit/route';
import * as s from '@/lib/db/schema';
import { callRoute } from '../helpers/http';
import { setupTestDatabase } from '../helpers/test-database';
import { createUser, jsonInit } from '../helpers/users';

const database = setupTestDatabase();
const db = () => database.current().db;
const audit = (cookie: string | undefined, query = '') => callRoute(auditRoute.GET, `/api/moderation/audit?${query}`, {}, jsonInit('GET', cookie));

async function entries(actorId: number, target: string) {
  await db().insert(s.moderationActions).values([
    { actorId, action: 'comment.approve', targetType: 'comment', targetId: target, before: { status: 'pending' }, after: { status: 'approved' }, createdAt: new Date('2026-11-20T10:00:00Z') },
    { actorId, action: 'comment.reject', targetType: 'comment', targetId: target, reason: '=HYPERLINK("http://evil.example")', createdAt: new Date('2026-11-21T10:00:00Z') },
    { actorId, action: 'user.ban', targetType: 'user', targetId: target, reason: 'Spam, "quoted"\nand a new line', createdAt: new Date('2026-11-22T10:00:00Z') },
  ]);
}

describe('GET /api/moderation/audit', () => {
  it('lists entries newest first, filtered by action, target, actor and dates, with paging', async () => {
    const editor = await createUser(db(), 'editor');
    const target = `t-${Date.now()}`;
    await entries(editor.user.id, target);

    const all = await audit(editor.cookie, `target=${target}`);
    expect(all.status).toBe(200);
    expect(all.json.entries.map((e: { action: string }) => e.action)).toEqual(['user.ban', 'comment.reject', 'comment.approve']);
    expect(all.json.entries[2]).toMatchObject({ actor: { id: editor.user.id, name: editor.user.name }, before: { status: 'pending' }, after: { status: 'approved' } });

    expect((await audit(editor.cookie, `target=${target}&action=comment.`)).json.entries).toHaveLength(2);
    expect((await audit(editor.cookie, `target=${target}&targetType=user`)).json.entries).toHaveLength(1);
    expect((await audit(editor.cookie, `target=${target}&from=2026-11-21&to=2026-11-21`)).json.entries.map((e: { action: string }) => e.action)).toEqual(['comment.reject']);
    expect((await audit(editor.cookie, `actor=${editor.user.id}`)).json.entries).toHaveLength(3);

    const first = await audit(editor.cookie, `target=${target}&limit=2`);
    expect(first.json.entries).toHaveLength(2);
    const next = await audit(editor.cookie, `target=${target}&limit=2&before=${first.json.nextBefore}`);
    expect(next.json.entries.map((e: { action: string }) => e.action)).toEqual(['comment.approve']);
    expect(next.json.nextBefore).toBeNull();
  });

  it('exports CSV with a header, quoting, and formulas kept as text', async () => {
    const editor = await createUser(db(), 'editor');
    const target = `csv-${Date.now()}`;
    await entries(editor.user.id, target);
    const res = await audit(editor.cookie, `target=${target}&format=csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"/);
    expect(res.text.split('\n')[0]).toBe('id,time,actor_id,actor,action,target_type,target_id,reason,before,after');
    expect(res.text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(res.text).toContain('"Spam, ""quoted""\nand a new line"');
  });

  it('exports the whole filtered log, past any single read, each entry once, newest first', async () => {
    const editor = await createUser(db(), 'editor');
    const target = `long-${Date.now()}`;
    const rows = Array.from({ length: 1_203 }, (_, i) => ({ actorId: editor.user.id, action: 'comment.approve', targetType: 'comment', targetId: target, reason: `n${i} 🗞️ مرحبا` }));
    await db().insert(s.moderationActions).values(rows);
    const res = await audit(editor.cookie, `target=${target}&format=csv`);
    expect(res.status).toBe(200);
    const lines = res.text.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('id,time,'))).toHaveLength(1);
    expect(lines).toHaveLength(1 + 1_203);
    const reasons = lines.slice(1).map((l) => /,n(\d+) /.exec(l)![1]);
    expect(reasons.slice(0, 2)).toEqual(['1202', '1201']);
    expect(new Set(reasons).size).toBe(1_203);
    expect(lines.at(-1)).toContain('n0 🗞️ مرحبا');
  });

  it('exports just the header when nothing matches', async () => {
    const editor = await createUser(db(), 'editor');
    const res = await audit(editor.cookie, `target=nothing-${Date.now()}&format=csv`);
    expect(res.text).toBe('id,time,actor_id,actor,action,target_type,target_id,reason,before,after\n');
  });

  it('refuses bad filters with the field named', async () => {
    const editor = await createUser(db(), 'editor');
    expect((await audit(editor.cookie, 'from=yesterday')).json.error.fields).toHaveProperty('from');
    expect((await audit(editor.cookie, 'targetType=everything')).json.error.fields).toHaveProperty('targetType');
    expect((await audit(editor.cookie, "action=x'; drop table moderation_actions;--")).json.error.fields).toHaveProperty('action');
    expect((await audit(editor.cookie, 'from=2026-11-22&to=2026-11-01')).json.error.fields).toHaveProperty('from');
  });

  it('is for editors and admins only, and offers no way to change the log', async () => {
    expect((await audit(undefined)).status).toBe(401);
    for (const role of ['reader', 'author'] as const) expect((await audit((await createUser(db(), role)).cookie)).status).toBe(403);
    expect((await audit((await createUser(db(), 'admin')).cookie)).status).toBe(200);
    const admin = (await createUser(db(), 'admin')).cookie;
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      const handler = (auditRoute as unknown as Record<string, (r: Request) => Promise<Response>>)[method]!;
      const res = await handler(new Request('http://localhost/api/moderation/audit', { method, headers: { cookie: admin } }));
      expect(res.status, method).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    }
  });
});
