import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { GET as getThread, POST as postComment } from '@/app/api/articles/[slug]/comments/route';
import { GET as getSettings, PUT as putSettings } from '@/app/api/moderation/settings/route';
import * as s from '@/lib/db/schema';
import { createArticle } from '../helpers/factories';
import { callRoute } from '../helpers/http';
import { setupTestDatabase } from '../helpers/test-database';
import { createUser, jsonInit } from '../helpers/users';

const database = setupTestDatabase();
const db = () => database.current().db;

const read = (cookie?: string) => callRoute(getSettings, '/api/moderation/settings', {}, jsonInit('GET', cookie));
const save = (cookie: string, body: unknown) => callRoute(putSettings, '/api/moderation/settings', {}, jsonInit('PUT', cookie, body));
const settingsOf = async (cookie: string) => {
  const { sections: _sections, ...settings } = (await read(cookie)).json.settings;
  return settings;
};

describe('moderation settings', () => {
  it('editors read them; only admins change them', async () => {
    const editor = await createUser(db(), 'editor');
    const res = await read(editor.cookie);
    expect(res.status).toBe(200);
    expect(res.json.settings).toMatchObject({ holdFirstComments: true, maxLinksBeforeHold: 2, bannedWords: ['scumbag'], suspectWords: ['crypto giveaway', 'idiot', 'liar'] });
    expect(res.json.settings.sectionModes).toHaveProperty('world', null);
    expect((await save(editor.cookie, res.json.settings)).status).toBe(403);
    for (const role of ['reader', 'author'] as const) expect((await read((await createUser(db(), role)).cookie)).status).toBe(403);
    expect((await read()).status).toBe(401);
  });

  it('an admin’s change applies to the next comment, shows in the thread and is audited with before and after', async () => {
    const admin = await createUser(db(), 'admin');
    const article = await createArticle(db(), { section: 'science' });
    const current = await settingsOf(admin.cookie);
    const res = await save(admin.cookie, {
      ...current,
      communityGuidelines: 'Argue with evidence. No abuse.',
      bannedWords: [...current.bannedWords, 'Blockhead'],
      sectionModes: { ...current.sectionModes, science: 'premoderated' },
    });
    expect(res.status).toBe(200);
    expect(res.json.settings.bannedWords).toEqual(['blockhead', 'scumbag']);

    const thread = await callRoute(getThread, `/api/articles/${article.slug}/comments`, { slug: article.slug });
    expect(thread.json.about).toMatchObject({ mode: 'premoderated', guidelines: 'Argue with evidence. No abuse.' });

    const reader = await createUser(db(), 'reader');
    await db().insert(s.comments).values({ articleId: article.id, authorId: reader.user.id, body: 'Earlier approved', status: 'approved' });
    const post = (body: string) => callRoute(postComment, `/api/articles/${article.slug}/comments`, { slug: article.slug }, jsonInit('POST', reader.cookie, { body }));
    expect((await post('What a BLOCKHEAD idea')).json.comment.status).toBe('rejected');
    expect((await post('A measured thought')).json.comment).toMatchObject({ status: 'pending', reasons: ['premoderated'] });

    const log = await db().select().from(s.moderationActions).where(and(eq(s.moderationActions.actorId, admin.user.id), eq(s.moderationActions.targetType, 'setting')));
    expect(log.map((e) => e.targetId).sort()).toEqual(['bannedWords', 'communityGuidelines', 'section:science']);
    expect(log.find((e) => e.targetId === 'section:science')).toMatchObject({ before: null, after: 'premoderated' });
    expect(log.find((e) => e.targetId === 'bannedWords')).toMatchObject({ before: { removed: [] }, after: { added: ['blockhead'] } });

    await save(admin.cookie, current); // put things back for the other tests
  });

  it('refuses bad values with the field named and changes nothing', async () => {
    const admin = await createUser(db(), 'admin');
    const current = await settingsOf(admin.cookie);
    for (const [change, field] of [
      [{ maxLinksBeforeHold: -1 }, 'maxLinksBeforeHold'],
      [{ autoCloseAfterDays: 'soon' }, 'autoCloseAfterDays'],
      [{ defaultCommentMode: 'anarchy' }, 'defaultCommentMode'],
      [{ communityGuidelines: '' }, 'communityGuidelines'],
      [{ bannedWords: ['two\nlines'] }, 'bannedWords.0'],
      [{ sectionModes: { world: 'sometimes' } }, 'sectionModes.world'],
    ] as const) {
      const res = await save(admin.cookie, { ...current, ...change });
      expect(res.status).toBe(400);
      expect(res.json.error.fields).toHaveProperty([field]);
    }
    expect(await settingsOf(admin.cookie)).toEqual(current);
  });
});
