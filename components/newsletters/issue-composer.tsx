'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { BodyEditor } from '@/components/newsroom/editor/body-editor';
import { StorySearch } from '@/components/newsroom/story-search';
import type { BodyDocument } from '@/lib/articles/document';
import type { DateFormat } from '@/lib/dates/date-format';
import { fromWallTime, toWallTime } from '@/lib/dates/wall-time';
import { failureText, fetchJson, jsonRequest } from '@/lib/http/fetch-json';
import type { IssueDetail, IssueStory } from '@/lib/newsletters/issues';
import { IssueProgress } from './issue-progress';
import { Input } from '@/components/ui/controls';

const button = 'rounded px-3 py-1.5 font-semibold disabled:opacity-50';
const primary = `${button} bg-neutral-900 text-white dark:bg-neutral-100 dark:text-neutral-900`;
const secondary = `${button} border border-neutral-400 dark:border-neutral-600`;
const small = 'rounded border border-neutral-300 px-2 py-0.5 text-sm disabled:opacity-40 dark:border-neutral-700';


/**
 * Writing an issue: subject, an intro in the story editor, stories picked and put in order; then preview,
 * a test to oneself, and send now or at a time (the publication's clock). Every action saves first. Once it
 * goes out it cannot change, and the page follows its progress.
 */
export function IssueComposer({ initial, dates, subscribers }: { initial: IssueDetail; dates: DateFormat; subscribers: number }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const key = ['newsletter-issue', initial.id];
  const { data: issue } = useQuery({
    queryKey: key,
    queryFn: () => fetchJson<{ issue: IssueDetail }>(`/api/newsletter-issues/${initial.id}`).then((r) => r.issue),
    initialData: initial,
    refetchInterval: (query) => (query.state.data?.status === 'sending' || query.state.data?.status === 'scheduled' ? 1_000 : false),
  });
  const [subject, setSubject] = useState(initial.subject);
  const [intro, setIntro] = useState<BodyDocument>(initial.intro);
  const [stories, setStories] = useState<IssueStory[]>(initial.stories);
  const [when, setWhen] = useState(() => toWallTime(new Date(Date.now() + 3_600_000), dates.timeZone));
  const [notice, setNotice] = useState<string | null>(null);
  const editable = issue.status === 'draft' || issue.status === 'scheduled';
  const base = `/api/newsletter-issues/${issue.id}`;

  const stored = (next: IssueDetail) => queryClient.setQueryData(key, next);
  const save = () =>
    fetchJson<{ issue: IssueDetail }>(base, jsonRequest('PATCH', { subject, intro, articleIds: stories.map((s) => s.id) })).then((r) => {
      stored(r.issue);
      return r.issue;
    });
  /** Every action goes through here: the issue is saved, then the action runs; the message says what happened. */
  const act = useMutation({
    mutationFn: async (action: 'save' | 'test' | 'now' | 'later' | 'unschedule' | 'delete' | 'preview') => {
      if (action === 'delete') {
        if (!window.confirm('Delete this issue?')) return null;
        await fetchJson(base, { method: 'DELETE' });
        router.push(`/newsroom/newsletters/${issue.newsletter.slug}`);
        return null;
      }
      if (action === 'unschedule') {
        stored((await fetchJson<{ issue: IssueDetail }>(`${base}/unschedule`, jsonRequest('POST'))).issue);
        return 'Back to a draft: nothing will be sent.';
      }
      await save();
      if (action === 'save') return 'Saved.';
      if (action === 'preview') return 'Saved; the preview opened in a new tab.';
      if (action === 'test') return `Test sent to ${(await fetchJson<{ to: string }>(`${base}/test`, jsonRequest('POST'))).to}.`;
      if (action === 'now' && !window.confirm(`Send “${subject}” to ${subscribers.toLocaleString('en-GB')} subscribers now?`)) return null;
      const at = action === 'later' ? fromWallTime(when, dates.timeZone) : undefined;
      if (action === 'later' && !at) throw new Error('Choose a date and time.');
      stored((await fetchJson<{ issue: IssueDetail }>(`${base}/schedule`, jsonRequest('POST', at ? { at: at.toISOString() } : {}))).issue);
      return action === 'now' ? 'On its way.' : 'Scheduled.';
    },
    onMutate: () => setNotice(null),
    onSuccess: (message) => setNotice(message),
  });
  const busy = act.isPending;

  const move = (from: number, to: number) => {
    const next = [...stories];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    setStories(next);
  };

  return (
    <div className="space-y-6">
      <IssueProgress issue={issue} dates={dates} />
      {editable ? (
        <>
          <label className="block">
            <span className="font-semibold">Subject</span>
            <Input value={subject} onChange={(e) => setSubject(e.target.value)} maxLength={200} pad="md" className="mt-1 w-full text-lg" />
          </label>
          <div>
            <p className="mb-1 font-semibold">Introduction</p>
            <BodyEditor initial={initial.intro} onChange={setIntro} label="Introduction" forEmail />
          </div>
          <section aria-labelledby="stories-heading" className="space-y-3">
            <h2 id="stories-heading" className="font-semibold">
              Stories ({stories.length})
            </h2>
            <ol aria-label="Stories in this issue" className="space-y-2">
              {stories.map((story, i) => (
                <li key={story.id} aria-label={story.headline} className="flex flex-wrap items-center gap-2 rounded border border-neutral-300 p-2 dark:border-neutral-700">
                  <span className="grow">
                    {i + 1}. <span className="font-semibold">{story.headline}</span> <span className="text-sm text-neutral-600 dark:text-neutral-400">· {story.section}</span>
                    {!story.published && <span className="ml-2 text-sm text-red-700 dark:text-red-400">not published</span>}
                  </span>
                  {issue.kind === 'issue' && (
                    <>
                      <button type="button" className={small} disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={`Move “${story.headline}” up`}>
                        ↑
                      </button>
                      <button type="button" className={small} disabled={i === stories.length - 1} onClick={() => move(i, i + 1)} aria-label={`Move “${story.headline}” down`}>
                        ↓
                      </button>
                      <button type="button" className={small} onClick={() => setStories(stories.filter((s) => s.id !== story.id))} aria-label={`Take “${story.headline}” out`}>
                        Remove
                      </button>
                    </>
                  )}
                </li>
              ))}
            </ol>
            {issue.kind === 'issue' && (
              <StorySearch
                label="Add a story: search published stories by headline"
                onPick={(s) => {
                  if (!stories.some((x) => x.id === s.id)) setStories([...stories, { id: s.id, headline: s.headline, url: s.url, section: s.section, published: true }]);
                }}
              />
            )}
          </section>
          <div className="flex flex-wrap gap-2">
            <button type="button" className={secondary} disabled={busy} onClick={() => act.mutate('save')}>
              Save
            </button>
            <button
              type="button"
              className={secondary}
              disabled={busy}
              onClick={() => {
                // Opened in the click (a popup opened later is blocked), pointed at the preview once saved.
                const tab = window.open('', '_blank');
                act.mutate('preview', { onSuccess: () => tab?.location.assign(`${base}/preview`), onError: () => tab?.close() });
              }}
            >
              Preview
            </button>
            <button type="button" className={secondary} disabled={busy} onClick={() => act.mutate('test')}>
              Send me a test
            </button>
            <button type="button" className={secondary} disabled={busy} onClick={() => act.mutate('delete')}>
              Delete
            </button>
          </div>
          <div className="flex flex-wrap items-end gap-2 border-t border-neutral-200 pt-4 dark:border-neutral-800">
            <button type="button" className={primary} disabled={busy} onClick={() => act.mutate('now')}>
              Send now
            </button>
            <label className="block">
              <span>Send at ({dates.timeZone} time)</span>
              <Input type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} pad="md" className="mt-1 block" />
            </label>
            <button type="button" className={secondary} disabled={busy} onClick={() => act.mutate('later')}>
              {issue.status === 'scheduled' ? 'Reschedule' : 'Schedule'}
            </button>
            {issue.status === 'scheduled' && (
              <button type="button" className={secondary} disabled={busy} onClick={() => act.mutate('unschedule')}>
                Unschedule
              </button>
            )}
          </div>
        </>
      ) : (
        <section aria-label="What was sent" className="space-y-2">
          <p>
            <span className="font-semibold">Subject:</span> {issue.subject}
          </p>
          <ol className="list-decimal pl-6">
            {issue.stories.map((s) => (
              <li key={s.id}>{s.headline}</li>
            ))}
          </ol>
          <a href={`${base}/preview`} target="_blank" rel="noopener" className="underline">
            See the email
          </a>
        </section>
      )}
      {notice && <p role="status">{notice}</p>}
      {act.isError && (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {failureText(act.error, act.error.message)}
        </p>
      )}
    </div>
  );
}
