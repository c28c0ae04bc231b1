'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { REJECTION_REASON_LABELS, REJECTION_REASONS } from '@/lib/comments/rejection-reasons';
import { errorMessage } from '@/lib/http/fetch-json';
import type { Queue, QueueCard as Card, QueuePage } from '@/lib/moderation/queue';
import { moderationApi, moderationKeys, queueOptions, type Decision, type QueueFilters } from '@/lib/queries/moderation';
import { QueueCard } from './queue-card';
import { SlugOptions } from '@/components/ui/slug-options';
import { Input, Select } from '@/components/ui/controls';

const TABS: { queue: Queue; label: string }[] = [
  { queue: 'pending', label: 'Pending' },
  { queue: 'reported', label: 'Reported' },
  { queue: 'rejected', label: 'Rejected' },
  { queue: 'approved', label: 'Recently approved' },
];
const SHORTCUTS = [
  ['j / k', 'next / previous comment'],
  ['a', 'approve'],
  ['r', 'reject with the reason chosen on the card'],
  ['s', 'mark as spam'],
  ['f', 'feature or unfeature'],
  ['x', 'select for a bulk action'],
  ['?', 'this help'],
] as const;
const MODERATOR_REASONS = REJECTION_REASONS.filter((r) => r !== 'banned_word' && r !== 'banned');

/** The moderation desk: queues with counts, filters, cards with context, decisions by mouse, keyboard or in bulk. */
export function ModerationDesk({ sections, initialArticle, initialQueue = 'pending' }: { sections: { slug: string; name: string }[]; initialArticle: string; initialQueue?: Queue }) {
  const queryClient = useQueryClient();
  const [filters, setFilters] = useState<QueueFilters>({ queue: initialQueue, sort: 'newest', section: '', q: '', article: initialArticle });
  const [active, setActive] = useState(0);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [reasons, setReasons] = useState<Record<number, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const help = useRef<HTMLDialogElement>(null);
  const query = useQuery(queueOptions(filters));
  const cards = query.data?.comments ?? [];
  const counts = query.data?.counts;
  const current = cards[Math.min(active, cards.length - 1)];

  const refresh = useCallback(() => queryClient.invalidateQueries({ queryKey: moderationKeys.all }), [queryClient]);
  const reasonFor = useCallback((id: number) => reasons[id] ?? 'guidelines', [reasons]);

  // The card leaves (or changes) at once; whatever the server says, the queue is then read again as it has it.
  const { mutate: send } = useMutation({
    mutationFn: ({ card, decision }: { card: Card; decision: Decision }) =>
      moderationApi.decide(card.id, decision, { status: card.status, reportCount: card.reportCount }),
    onMutate: async ({ card, decision }) => {
      if (decision.action === 'feature' || decision.action === 'unfeature') return;
      await queryClient.cancelQueries({ queryKey: moderationKeys.queue(filters) });
      queryClient.setQueryData(moderationKeys.queue(filters), (data: QueuePage | undefined) =>
        data ? { ...data, comments: data.comments.filter((c) => c.id !== card.id) } : data,
      );
    },
    onSuccess: (_result, { card, decision }) => setMessage(`${decisionLabel(decision)}: comment by ${card.author?.name ?? 'deleted user'}.`),
    onError: (e) => setMessage(errorMessage(e, 'The decision could not be saved.')),
    onSettled: () => refresh(),
  });
  const decide = useCallback((card: Card, chosen: Decision) => send({ card, decision: chosen }), [send]);

  const decideSelected = async (decision: Decision) => {
    const ids = [...selected];
    if (ids.length === 0) return;
    try {
      const { results } = await moderationApi.decideMany(ids, decision);
      const failed = results.filter((r) => !r.ok).length;
      setMessage(`${decisionLabel(decision)}: ${results.length - failed} comments${failed ? `; ${failed} had already been decided` : ''}.`);
    } catch (e) {
      setMessage(errorMessage(e, 'The decision could not be saved.'));
    }
    setSelected(new Set());
    await refresh();
  };

  // Keyboard shortcuts, except while typing in a field.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement;
      if (event.metaKey || event.ctrlKey || event.altKey || target.closest('input, textarea, select, [contenteditable]')) return;
      if (event.key === '?') return help.current?.showModal();
      if (event.key === 'j') setActive((i) => Math.min(i + 1, Math.max(0, cards.length - 1)));
      else if (event.key === 'k') setActive((i) => Math.max(i - 1, 0));
      else if (!current) return;
      else if (event.key === 'a') decide(current, { action: 'approve' });
      else if (event.key === 'r') decide(current, { action: 'reject', reason: reasonFor(current.id) });
      else if (event.key === 's') decide(current, { action: 'spam' });
      else if (event.key === 'f') decide(current, { action: current.featured ? 'unfeature' : 'feature' });
      else if (event.key === 'x') setSelected((s) => toggle(s, current.id));
      else return;
      event.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [cards.length, current, decide, reasonFor]);

  useEffect(() => {
    if (current) document.getElementById(`card-${current.id}`)?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const setFilter = (change: Partial<QueueFilters>) => {
    setFilters((f) => ({ ...f, ...change }));
    setActive(0);
    setSelected(new Set());
  };

  return (
    <div className="space-y-4">
      <div role="tablist" aria-label="Queues" className="flex flex-wrap gap-2 border-b border-neutral-200 dark:border-neutral-800">
        {TABS.map((t) => (
          <button
            key={t.queue}
            role="tab"
            aria-selected={filters.queue === t.queue}
            onClick={() => setFilter({ queue: t.queue })}
            className={`-mb-px border-b-2 px-3 py-2 text-sm ${filters.queue === t.queue ? 'border-neutral-900 font-semibold dark:border-neutral-100' : 'border-transparent'}`}
          >
            {t.label} <span className="rounded-full bg-neutral-200 px-2 text-xs dark:bg-neutral-800">{counts?.[t.queue] ?? '…'}</span>
          </button>
        ))}
        <button type="button" onClick={() => help.current?.showModal()} className="ml-auto px-3 py-2 text-sm underline">
          Keyboard shortcuts
        </button>
      </div>

      <form role="search" onSubmit={(e) => e.preventDefault()} className="flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col">
          Search text or commenter
          <Input
            type="search"
            defaultValue={filters.q}
            onChange={(e) => setFilter({ q: e.target.value })}
          />
        </label>
        <label className="flex flex-col">
          Section
          <Select value={filters.section} onChange={(e) => setFilter({ section: e.target.value })}>
            <option value="">All sections</option>
            <SlugOptions items={sections} />
          </Select>
        </label>
        <label className="flex flex-col">
          Order
          <Select value={filters.sort} onChange={(e) => setFilter({ sort: e.target.value as QueueFilters['sort'] })}>
            <option value="newest">Newest first</option>
            <option value="oldest">Oldest first</option>
          </Select>
        </label>
        {filters.article && (
          <button type="button" onClick={() => setFilter({ article: '' })} className="underline">
            Showing one story only: show all
          </button>
        )}
      </form>

      <div className="flex flex-wrap items-center gap-2 text-sm" aria-label="Bulk actions">
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={cards.length > 0 && selected.size === cards.length}
            onChange={(e) => setSelected(e.target.checked ? new Set(cards.map((c) => c.id)) : new Set())}
          />
          Select all
        </label>
        <span>{selected.size} selected</span>
        <button type="button" disabled={!selected.size} onClick={() => decideSelected({ action: 'approve' })} className="rounded border px-2 py-1 disabled:opacity-40">
          Approve selected
        </button>
        <button type="button" disabled={!selected.size} onClick={() => decideSelected({ action: 'reject', reason: 'guidelines' })} className="rounded border px-2 py-1 disabled:opacity-40">
          Reject selected
        </button>
        <button type="button" disabled={!selected.size} onClick={() => decideSelected({ action: 'spam' })} className="rounded border px-2 py-1 disabled:opacity-40">
          Mark selected as spam
        </button>
      </div>

      <p role="status" className="text-sm font-semibold empty:hidden">
        {message}
      </p>
      {query.isError && <p role="alert">The queue could not be loaded: {query.error.message}</p>}
      {query.isSuccess && cards.length === 0 && <p>Nothing here. The queue is clear.</p>}
      <ul aria-label={`${TABS.find((t) => t.queue === filters.queue)!.label} comments`} className="space-y-4">
        {cards.map((card, i) => (
          <QueueCard
            key={card.id}
            card={card}
            active={card.id === current?.id}
            selected={selected.has(card.id)}
            onSelect={() => setSelected((s) => toggle(s, card.id))}
            onFocus={() => setActive(i)}
            reason={reasonFor(card.id)}
            reasons={MODERATOR_REASONS}
            onReason={(r) => setReasons((all) => ({ ...all, [card.id]: r }))}
            onDecide={(d) => decide(card, d)}
            onBanned={(text) => {
              setMessage(text);
              void refresh();
            }}
            onLiftSurge={async () => {
              try {
                await moderationApi.liftSurge(card.article.id);
                setMessage(`Surge lifted: “${card.article.headline}” takes comments as before.`);
              } catch (e) {
                setMessage(errorMessage(e, 'The surge could not be lifted.'));
              }
              await refresh();
            }}
          />
        ))}
      </ul>

      <dialog ref={help} aria-labelledby="shortcuts-heading" className="rounded p-6 backdrop:bg-black/40 dark:bg-neutral-900 dark:text-neutral-100">
        <h2 id="shortcuts-heading" className="mb-3 text-lg font-bold">
          Keyboard shortcuts
        </h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          {SHORTCUTS.map(([key, what]) => (
            <div key={key} className="contents">
              <dt>
                <kbd className="rounded border px-1">{key}</kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <form method="dialog" className="mt-4">
          <button className="rounded border px-3 py-1">Close</button>
        </form>
      </dialog>
    </div>
  );
}

function toggle(set: Set<number>, id: number): Set<number> {
  const next = new Set(set);
  if (!next.delete(id)) next.add(id);
  return next;
}

function decisionLabel(d: Decision): string {
  return { approve: 'Approved', reject: `Rejected (${REJECTION_REASON_LABELS[d.reason as keyof typeof REJECTION_REASON_LABELS] ?? d.reason})`, spam: 'Marked as spam', feature: 'Featured', unfeature: 'No longer featured' }[d.action];
}
