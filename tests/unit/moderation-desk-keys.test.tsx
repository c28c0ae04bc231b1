// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ModerationDesk } from '@/components/moderation/moderation-desk';
import type { QueueCard, QueuePage } from '@/lib/moderation/queue';

const card = (id: number, name: string, body: string): QueueCard => ({
  id,
  body,
  status: 'pending',
  reasons: ['first_comment'],
  rejectionReason: null,
  featured: false,
  reportCount: 0,
  likeCount: 0,
  createdAt: '2026-11-30T10:00:00.000Z',
  editedAt: null,
  article: { id: 1, slug: 'budget-vote', headline: 'Budget vote', section: 'Politics', commentMode: 'open', surgeUntil: null },
  parent: null,
  author: { id: id * 10, name, email: `${name.toLowerCase()}@example.org`, joinedAt: '2026-11-01T00:00:00.000Z', status: 'active', bannedUntil: null, banReason: null, approved: 0, rejected: 0, recent: [] },
  reports: [],
});

/** The queue as the server has it, and every decision the desk sends (the server refuses those in `refuse`). */
function fakeServer(cards: QueueCard[], refuse = new Set<number>()) {
  const decisions: { id: number; action: string; reason?: string }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const decided = url.match(/^\/api\/moderation\/comments\/(\d+)$/);
      if (decided && init?.method === 'POST') {
        const id = Number(decided[1]);
        decisions.push({ id, ...JSON.parse(init.body as string) });
        if (refuse.has(id)) return Response.json({ error: { code: 'conflict', message: 'Another moderator has just decided this comment.' } }, { status: 409 });
        cards = cards.filter((c) => c.id !== id);
        return Response.json({ comment: { id } });
      }
      const page: QueuePage = { comments: cards, nextCursor: null, counts: { pending: cards.length, reported: 0, rejected: 0, approved: 0 } };
      return Response.json(page);
    }),
  );
  return decisions;
}

async function renderDesk() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <ModerationDesk sections={[]} initialArticle="" />
    </QueryClientProvider>,
  );
  await screen.findByText('First comment, by Ana.');
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the moderation desk’s keyboard', () => {
  it('moves with j and k, approves with a, rejects with r: each card leaves and the desk says what happened', async () => {
    const decisions = fakeServer([card(1, 'Ana', 'First comment, by Ana.'), card(2, 'Ben', 'Second comment, by Ben.'), card(3, 'Caro', 'Third comment, by Caro.')]);
    await renderDesk();
    const user = userEvent.setup();

    await user.keyboard('jjk'); // down twice, up once: the second card
    await user.keyboard('a');
    await waitFor(() => expect(screen.queryByText('Second comment, by Ben.')).toBeNull());
    expect(decisions).toEqual([{ id: 2, action: 'approve', expected: { status: 'pending', reportCount: 0 } }]);
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Approved: comment by Ben.');

    await user.keyboard('r');
    await waitFor(() => expect(decisions).toHaveLength(2));
    // After Ben's card left, the cursor stands on the card that took its place: Caro's.
    expect(decisions[1]).toMatchObject({ id: 3, action: 'reject', reason: 'guidelines' });
    await waitFor(() => expect(screen.queryByText('Third comment, by Caro.')).toBeNull());
    expect(screen.getByText('First comment, by Ana.')).toBeTruthy();
  });

  it('leaves the keys alone while the moderator types in a field', async () => {
    const decisions = fakeServer([card(1, 'Ana', 'First comment, by Ana.')]);
    await renderDesk();
    const user = userEvent.setup();
    await user.type(within(screen.getByRole('search')).getByRole('searchbox'), 'asap');
    expect(decisions).toEqual([]);
    expect(screen.getByText('First comment, by Ana.')).toBeTruthy();
  });

  it('puts a refused decision’s card back and shows the server’s reason', async () => {
    const decisions = fakeServer([card(1, 'Ana', 'First comment, by Ana.')], new Set([1]));
    await renderDesk();
    await userEvent.setup().keyboard('s');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Another moderator has just decided this comment.'));
    expect(decisions).toEqual([{ id: 1, action: 'spam', expected: { status: 'pending', reportCount: 0 } }]);
    expect(await screen.findByText('First comment, by Ana.')).toBeTruthy();
  });
});
