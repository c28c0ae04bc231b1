import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { deleteComment, editComment } from '@/lib/comments/own-comment';
import { listComments } from '@/lib/comments/list-comments';
import { postComment } from '@/lib/comments/post-comment';
import { setLike } from '@/lib/comments/reactions';
import * as s from '@/lib/db/schema';
import { seededRandom } from '@/lib/db/seed/random';
import { AppError } from '@/lib/http/errors';
import { decideComment } from '@/lib/moderation/decide-comment';
import { banUser, unbanUser } from '@/lib/users/user-admin';
import { assertCountsMatchRows, type Row } from '../helpers/comment-counts';
import { createArticle } from '../helpers/factories';
import { setupTestDatabase } from '../helpers/test-database';
import { createUser } from '../helpers/users';

// Thousands of writes from a handful of readers: the rate limits would refuse most of them.
vi.hoisted(() => {
  process.env.RATE_LIMITS = 'off';
});

const database = setupTestDatabase();
const db = () => database.current().db;

/** Every approved comment a reader can reach by paging the thread. */
async function shownInThread(slug: string): Promise<number> {
  let shown = 0;
  let cursor: string | undefined;
  type Node = { status: string; replies: Node[] };
  const walk = (nodes: Node[]) => nodes.forEach((n) => ((shown += n.status === 'approved' ? 1 : 0), walk(n.replies)));
  do {
    const page = await listComments(slug, { sort: 'oldest', limit: 50, cursor });
    walk(page.comments);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return shown;
}

describe('denormalised comment counts', () => {
  it('a reply under a comment a moderator rejects leaves the thread and the count with it; approving again brings both back', async () => {
    const story = await createArticle(db(), { headline: `Counted replies ${Date.now()}` });
    const editor = await createUser(db(), 'editor');
    const [a, b] = [await createUser(db(), 'author'), await createUser(db(), 'author')];
    const actor = (u: typeof a.user): Actor => ({ id: u.id, name: u.name, email: u.email, role: u.role, banned: false, emailVerified: true });
    const parent = await postComment(actor(a.user), story.slug, { body: 'A parent comment worth answering' }, '192.0.2.1');
    const reply = await postComment(actor(b.user), story.slug, { body: 'A reply under the parent', parentId: parent.id }, '192.0.2.2');
    await postComment(actor(a.user), story.slug, { body: 'And a reply under the reply', parentId: reply.id }, '192.0.2.1');
    const count = async () => (await db().select({ n: s.articles.commentCount }).from(s.articles).where(eq(s.articles.id, story.id)))[0]!.n;
    expect(await count()).toBe(3);

    await decideComment(actor(editor.user), parent.id, { action: 'reject', reason: 'abuse' });
    expect(await count()).toBe(0);
    expect(await shownInThread(story.slug)).toBe(0);

    await decideComment(actor(editor.user), parent.id, { action: 'approve' });
    expect(await count()).toBe(3);
    expect(await shownInThread(story.slug)).toBe(3);

    // Deleted by its author, the parent keeps its place while replies are under it: the replies still count.
    await deleteComment(actor(a.user), parent.id);
    expect(await count()).toBe(2);
    expect(await shownInThread(story.slug)).toBe(2);
    await assertCountsMatchRows(db(), [story.id]);
  });

  it('stay equal to counts computed from the rows after thousands of random writes', async () => {
    const seed = Number(process.env.COUNTS_SEED ?? Date.now() % 100_000);
    const rnd = seededRandom(seed);
    console.log(`comment-counts: seed ${seed} (COUNTS_SEED=${seed} repeats this run)`);
    await db().insert(s.settings).values({ key: 'surgeCommentsPerMinute', value: 0 }).onConflictDoUpdate({ target: s.settings.key, set: { value: 0 } });

    const stories = [await createArticle(db(), { headline: `Random counts one ${seed}` }), await createArticle(db(), { headline: `Random counts two ${seed}` })];
    const moderator = (await createUser(db(), 'editor')).user;
    const people = [
      ...(await Promise.all(Array.from({ length: 8 }, () => createUser(db(), 'reader', { emailVerified: new Date() })))),
      ...(await Promise.all(Array.from({ length: 2 }, () => createUser(db(), 'author')))),
    ].map((u) => u.user);
    const actorOf = async (id: number): Promise<Actor> => {
      const [u] = await db().select().from(s.users).where(eq(s.users.id, id));
      return { id: u!.id, name: u!.name, email: u!.email, role: u!.role, banned: u!.status === 'banned', emailVerified: true };
    };
    const staff = await actorOf(moderator.id);
    const words = ['a fair point about the budget', 'I disagree with the mayor', 'what an idiot', 'you scumbag', 'مرحبا بالجميع', 'great reporting 👏', "'; drop table comments; --", '<script>alert(1)</script> no'];
    const bodyOf = (n: number) => `${rnd.pick(words)} (${n})`;

    const storyIds = stories.map((a) => a.id);
    /** A random comment of the run in one of `statuses` (mostly a fitting target, so most writes apply). */
    const someComment = async (statuses: Row['status'][]) => {
      const rows = await db()
        .select({ id: s.comments.id, authorId: s.comments.authorId, status: s.comments.status })
        .from(s.comments)
        .where(inArray(s.comments.articleId, storyIds));
      const fitting = rows.filter((r) => statuses.includes(r.status) || rnd.next() < 0.02);
      return fitting.length > 0 ? rnd.pick(fitting) : undefined;
    };
    const tally = { done: 0, refused: 0, hiddenReplies: 0 };
    const operations: [number, (n: number) => Promise<unknown>][] = [
      [20, async (n) => {
        const parent = rnd.next() < 0.6 ? await someComment(['approved']) : undefined;
        await postComment(await actorOf(rnd.pick(people).id), rnd.pick(stories).slug, { body: bodyOf(n), ...(parent && { parentId: parent.id }) }, '198.51.100.7');
      }],
      [6, async (n) => {
        const c = await someComment(['approved', 'pending']);
        if (c?.authorId) await editComment(await actorOf(c.authorId), c.id, { body: bodyOf(n) });
      }],
      [5, async () => {
        const c = await someComment(['approved', 'pending']);
        if (c?.authorId) await deleteComment(await actorOf(c.authorId), c.id);
      }],
      [16, async () => {
        const c = await someComment(['approved']);
        if (c) await setLike(await actorOf(rnd.pick(people).id), c.id, rnd.next() < 0.7);
      }],
      [20, async () => {
        const c = await someComment(['approved', 'pending', 'rejected', 'spam']);
        const action = c?.status === 'approved' ? rnd.pick(['reject', 'reject', 'spam', 'feature', 'unfeature'] as const) : rnd.pick(['approve', 'approve', 'reject', 'spam'] as const);
        if (c) await decideComment(staff, c.id, { action, ...(action === 'reject' && { reason: 'abuse' }) });
      }],
      [2, async () => banUser(staff, rnd.pick(people).id, { reason: 'Random test ban', hideComments: rnd.next() < 0.8 })],
      [6, async () => {
        const banned = await db()
          .select({ id: s.users.id })
          .from(s.users)
          .where(and(inArray(s.users.id, people.map((p) => p.id)), eq(s.users.status, 'banned')));
        if (banned.length > 0) await unbanUser(staff, rnd.pick(banned).id);
      }],
    ];
    const totalWeight = operations.reduce((sum, [w]) => sum + w, 0);
    const pickOperation = () => {
      let r = rnd.next() * totalWeight;
      for (const [w, op] of operations) if ((r -= w) < 0) return op;
      return operations[0]![1];
    };

    for (let n = 0; n < 2000; n++) {
      const op = pickOperation();
      try {
        await op(n);
        tally.done++;
      } catch (e) {
        // Refusals are part of the mix (a reply to a held comment, a banned poster, deciding twice): a
        // refused write must leave every count as it was, which the checks below cover too.
        if (!(e instanceof AppError)) throw e;
        tally.refused++;
      }
      if (n % 100 === 99) {
        const checked = await assertCountsMatchRows(db(), stories.map((a) => a.id));
        tally.hiddenReplies = Math.max(tally.hiddenReplies, checked.hiddenReplies);
      }
    }

    const expected = await assertCountsMatchRows(db(), stories.map((a) => a.id));
    for (const story of stories) expect(await shownInThread(story.slug)).toBe(expected.perStory.get(story.id) ?? 0);
    console.log(`comment-counts: ${JSON.stringify(tally)}`);
    // The mix really exercised what it claims: every status, replies hidden under a hidden parent, refusals.
    expect([...expected.statuses].sort()).toEqual(['approved', 'deleted', 'pending', 'rejected', 'spam']);
    expect(tally.hiddenReplies).toBeGreaterThan(0);
    expect(tally.done).toBeGreaterThan(1000);
    expect(tally.refused).toBeGreaterThan(0);
  }, 300_000);
});
