'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { DateFormat } from '@/lib/dates/date-format';
import { failureText, fetchJson, jsonRequest } from '@/lib/http/fetch-json';
import type { IssueDetail, IssueSummary } from '@/lib/newsletters/issues';
import { IssueProgress } from './issue-progress';
import { Button, Input } from '@/components/ui/controls';

type Desk = { newsletter: { slug: string; name: string; confirmed: number }; issues: IssueSummary[] };

/** A list's issues with their progress (refreshed every two seconds while one is on its way), and "Write an issue". */
export function IssuesDesk({ initial, dates }: { initial: Desk; dates: DateFormat }) {
  const router = useRouter();
  const slug = initial.newsletter.slug;
  const { data } = useQuery({
    queryKey: ['newsletter-issues', slug],
    queryFn: () => fetchJson<Desk>(`/api/newsletters/${slug}/issues`),
    initialData: initial,
    refetchInterval: (query) => (query.state.data?.issues.some((i) => i.status === 'sending' || i.status === 'scheduled') ? 2_000 : false),
  });
  const [subject, setSubject] = useState('');
  const create = useMutation({
    mutationFn: () =>
      fetchJson<{ issue: IssueDetail }>(`/api/newsletters/${slug}/issues`, jsonRequest('POST', { subject })),
    onSuccess: ({ issue }) => router.push(`/newsroom/newsletters/${slug}/issues/${issue.id}`),
  });

  return (
    <div className="space-y-6">
      <p>
        {data.newsletter.confirmed.toLocaleString('en-GB')} confirmed {data.newsletter.confirmed === 1 ? 'subscriber' : 'subscribers'}.
      </p>
      <form
        aria-label="Write an issue"
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
      >
        <label className="block grow text-sm">
          <span className="font-semibold">Subject of a new issue</span>
          <Input value={subject} onChange={(e) => setSubject(e.target.value)} maxLength={200} required pad="md" className="mt-1 w-full" />
        </label>
        <Button type="submit" disabled={create.isPending} variant="primary">
          Write it
        </Button>
        {create.isError && (
          <p role="alert" className="w-full text-red-700 dark:text-red-400">
            {failureText(create.error)}
          </p>
        )}
      </form>
      {data.issues.length === 0 ? (
        <p>Nothing sent yet.</p>
      ) : (
        <ul aria-label="Issues" className="divide-y divide-neutral-200 dark:divide-neutral-800">
          {data.issues.map((issue) => (
            <li key={issue.id} aria-label={issue.subject} className="space-y-1 py-3">
              <p>
                {issue.kind === 'alert' && <span className="mr-2 rounded bg-red-700 px-1.5 py-0.5 text-xs font-bold text-white uppercase">Alert</span>}
                <Link href={`/newsroom/newsletters/${slug}/issues/${issue.id}`} className="font-semibold underline">
                  {issue.subject}
                </Link>
              </p>
              <IssueProgress issue={issue} dates={dates} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
