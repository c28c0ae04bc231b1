'use client';

import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { failureText, fetchJson, jsonRequest } from '@/lib/http/fetch-json';
import type { IssueDetail } from '@/lib/newsletters/issues';
import { Input, Select } from '@/components/ui/controls';

/** "Send as a breaking alert": the published story, whole, to a newsletter's subscribers now (editors). */
export function BreakingAlertPanel({ articleId, headline, lists }: { articleId: number; headline: string; lists: { slug: string; name: string }[] }) {
  const [list, setList] = useState(() => (lists.find((l) => l.slug.includes('breaking')) ?? lists[0])!.slug);
  const [subject, setSubject] = useState(headline);
  const send = useMutation({
    mutationFn: () =>
      fetchJson<{ issue: IssueDetail }>(`/api/newsroom/articles/${articleId}/alert`, jsonRequest('POST', { newsletter: list, subject })).then((r) => r.issue),
  });
  const name = lists.find((l) => l.slug === list)?.name;
  return (
    <section aria-labelledby="alert-heading" className="space-y-2 rounded border border-red-300 p-4 dark:border-red-900">
      <h2 id="alert-heading" className="font-bold">
        Breaking alert
      </h2>
      <label className="block">
        <span>Newsletter</span>
        <Select value={list} onChange={(e) => setList(e.target.value)} pad="md" className="mt-1 block w-full">
          {lists.map((l) => (
            <option key={l.slug} value={l.slug}>
              {l.name}
            </option>
          ))}
        </Select>
      </label>
      <label className="block">
        <span>Subject</span>
        <Input value={subject} onChange={(e) => setSubject(e.target.value)} maxLength={200} pad="md" className="mt-1 block w-full" />
      </label>
      <button
        type="button"
        disabled={send.isPending || send.isSuccess}
        onClick={() => window.confirm(`Send this story to everyone on ${name} now?`) && send.mutate()}
        className="rounded bg-red-700 px-3 py-1.5 font-semibold text-white disabled:opacity-50"
      >
        Send as a breaking alert
      </button>
      {send.isSuccess && (
        <p role="status">
          On its way to {name}.{' '}
          <Link href={`/newsroom/newsletters/${list}/issues/${send.data.id}`} className="underline">
            Follow it
          </Link>
        </p>
      )}
      {send.isError && (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {failureText(send.error)}
        </p>
      )}
    </section>
  );
}
