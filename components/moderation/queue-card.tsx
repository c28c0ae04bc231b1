'use client';

import { useState } from 'react';
import { CommentBody } from '@/components/comments/comment-body';
import { REJECTION_REASON_LABELS, rejectionLabel, type RejectionReason } from '@/lib/comments/rejection-reasons';
import { REPORT_REASON_LABELS, type ReportReason } from '@/lib/comments/report-reasons';
import type { QueueCard as Card } from '@/lib/moderation/queue';
import type { Decision } from '@/lib/queries/moderation';
import { BanForm } from './ban-form';
import { Button } from '@/components/ui/controls';

type Props = {
  card: Card;
  active: boolean;
  selected: boolean;
  onSelect: () => void;
  onFocus: () => void;
  reason: string;
  reasons: readonly RejectionReason[];
  onReason: (reason: string) => void;
  onDecide: (decision: Decision) => void;
  onBanned: (message: string) => void;
  onLiftSurge: () => void;
};


/** Why a rule held a comment, in words: `suspect_word:idiot` → "suspect word “idiot”". */
function ruleLabel(reason: string): string {
  const [kind, detail] = reason.split(':', 2);
  const words: Record<string, string> = {
    first_comment: 'first comment',
    unverified_email: 'email not verified',
    premoderated: 'story is premoderated',
    too_many_links: 'too many links',
    suspect_word: 'suspect word',
    banned_word: 'banned word',
  };
  return `${words[kind!] ?? kind}${detail ? ` “${detail}”` : ''}`;
}

function age(iso: string): string {
  const days = Math.floor((Date.now() - Date.parse(iso)) / 86_400_000);
  return days < 1 ? 'joined today' : days < 60 ? `joined ${days} days ago` : `joined ${Math.round(days / 30)} months ago`;
}

/** One comment on the desk, with what the moderator needs to decide it and the decisions themselves. */
export function QueueCard({ card, active, selected, onSelect, onFocus, reason, reasons, onReason, onDecide, onBanned, onLiftSurge }: Props) {
  const [banOpen, setBanOpen] = useState(false);
  const where = `/${card.article.section}/${card.article.slug}`;
  const author = card.author;
  return (
    <li
      id={`card-${card.id}`}
      aria-label={`Comment by ${author?.name ?? 'deleted user'}`}
      aria-current={active || undefined}
      onFocusCapture={onFocus}
      onClick={onFocus}
      className={`rounded border p-4 ${active ? 'border-blue-700 ring-2 ring-blue-700' : 'border-neutral-300 dark:border-neutral-700'}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2 text-sm">
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={selected} onChange={onSelect} aria-label={`Select comment ${card.id}`} />
          <span className="font-semibold">{author?.name ?? 'Deleted user'}</span>
          <time dateTime={card.createdAt} className="text-neutral-600 dark:text-neutral-400">
            {card.createdAt.slice(0, 16).replace('T', ' ')} UTC
          </time>
          {card.editedAt && <span>(edited)</span>}
          {card.featured && <span className="rounded bg-amber-200 px-1 text-xs dark:bg-amber-900">Featured</span>}
        </label>
        <span>
          on{' '}
          <a href={card.status === 'approved' ? `${where}#comment-${card.id}` : where} className="underline">
            {card.article.headline}
          </a>{' '}
          {card.article.commentMode !== 'open' && <span className="text-xs">({card.article.commentMode})</span>}
        </span>
      </div>
      {card.article.surgeUntil && (
        <p className="mt-2 flex flex-wrap items-center gap-2 rounded bg-orange-100 px-2 py-1 text-sm dark:bg-orange-950">
          Surge: this story premoderates new comments until {card.article.surgeUntil.slice(11, 16)} UTC.
          <Button className="text-sm" onClick={onLiftSurge}>
            Lift surge
          </Button>
        </p>
      )}

      {card.parent && (
        <blockquote className="mt-2 border-l-2 border-neutral-300 pl-3 text-sm text-neutral-600 dark:border-neutral-700 dark:text-neutral-400">
          In reply to {card.parent.authorName ?? 'deleted user'}: {card.parent.body.slice(0, 200)}
        </blockquote>
      )}
      <div className="mt-2">
        <CommentBody body={card.body} />
      </div>

      <div className="mt-2 flex flex-wrap gap-2 text-xs">
        {card.reasons.map((r) => (
          <span key={r} className="rounded bg-yellow-100 px-2 py-0.5 dark:bg-yellow-900">
            Held: {ruleLabel(r)}
          </span>
        ))}
        {card.reports.map((r) => (
          <span key={r.reason} className="rounded bg-red-100 px-2 py-0.5 dark:bg-red-950">
            Reported {r.count}× {REPORT_REASON_LABELS[r.reason as ReportReason] ?? r.reason}
            {r.notes.length > 0 && `: “${r.notes.join('”, “')}”`}
          </span>
        ))}
        {card.rejectionReason && <span className="rounded bg-neutral-200 px-2 py-0.5 dark:bg-neutral-800">Not published: {rejectionLabel(card.rejectionReason)}</span>}
      </div>

      {author && (
        <details className="mt-2 text-sm">
          <summary>
            {author.name}: {age(author.joinedAt)}, {author.approved} approved, {author.rejected} rejected
            {author.status === 'banned' && ` · banned${author.bannedUntil ? ` until ${author.bannedUntil.slice(0, 16).replace('T', ' ')}` : ''}${author.banReason ? ` (${author.banReason})` : ''}`}
          </summary>
          <ul className="mt-1 list-disc pl-5 text-neutral-700 dark:text-neutral-300">
            {author.recent.map((r) => (
              <li key={r.id}>
                <span className="text-xs uppercase">{r.status}</span> {r.body}
              </li>
            ))}
            {author.recent.length === 0 && <li>No other comments.</li>}
          </ul>
        </details>
      )}

      <div className="mt-3 flex flex-wrap items-center gap-2">
        {(card.status !== 'approved' || card.reportCount > 0) && (
          <Button className="text-sm" onClick={() => onDecide({ action: 'approve' })}>
            {card.reportCount > 0 && card.status === 'approved' ? 'Keep (dismiss reports)' : 'Approve'}
          </Button>
        )}
        {card.status !== 'rejected' && (
          <span className="flex items-center gap-1">
            <Button className="text-sm" onClick={() => onDecide({ action: 'reject', reason })}>
              Reject
            </Button>
            <label className="sr-only" htmlFor={`reason-${card.id}`}>
              Reason
            </label>
            <select id={`reason-${card.id}`} value={reason} onChange={(e) => onReason(e.target.value)} className="rounded border bg-transparent px-1 py-1 text-sm">
              {reasons.map((r) => (
                <option key={r} value={r}>
                  {REJECTION_REASON_LABELS[r]}
                </option>
              ))}
            </select>
          </span>
        )}
        {card.status !== 'spam' && (
          <Button className="text-sm" onClick={() => onDecide({ action: 'spam' })}>
            Spam
          </Button>
        )}
        {card.status === 'approved' && (
          <Button className="text-sm" onClick={() => onDecide({ action: card.featured ? 'unfeature' : 'feature' })}>
            {card.featured ? 'Unfeature' : 'Feature'}
          </Button>
        )}
        {author && author.status !== 'banned' && (
          <Button className="text-sm" aria-expanded={banOpen} onClick={() => setBanOpen(!banOpen)}>
            Ban {author.name}
          </Button>
        )}
      </div>
      {banOpen && author && <BanForm userId={author.id} name={author.name} onDone={(m) => (setBanOpen(false), onBanned(m))} />}
    </li>
  );
}
