'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useListChange } from '@/components/newsroom/use-list-change';
import { fetchJson, jsonRequest } from '@/lib/http/fetch-json';
import type { NewsroomTag } from '@/lib/tags/manage-tags';
import { Button, Input } from '@/components/ui/controls';

type TagPage = { tags: NewsroomTag[]; page: number; pageCount: number; total: number };

/** Tags with their story counts: search, rename, merge one into another, delete. */
export function TagsManager({ initial }: { initial: TagPage }) {
  const [list, setList] = useState(initial);
  const [q, setQ] = useState('');
  const load = async (query: string, page: number) => setList(await fetchJson<TagPage>(`/api/tags?${new URLSearchParams({ q: query, page: String(page) })}`));
  const { run, message } = useListChange(() => load(q, list.page));

  return (
    <div className="space-y-4">
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          void load(q, 1);
        }}
        className="flex gap-2"
      >
        <label htmlFor="tag-search" className="sr-only">
          Find a tag
        </label>
        <Input id="tag-search" type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Find a tag" />
        <Button type="submit">
          Find
        </Button>
      </form>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'text-green-800 dark:text-green-300' : 'text-red-700 dark:text-red-400'}>
          {message.text}
        </p>
      )}
      <p className="text-sm">{list.total === 1 ? '1 tag' : `${list.total} tags`}</p>
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-neutral-300 dark:border-neutral-700">
            <th className="py-2">Tag</th>
            <th>Stories (published)</th>
            <th>Rename</th>
            <th>Merge into</th>
            <th>
              <span className="sr-only">Delete</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {list.tags.map((t) => (
            <TagRow
              key={t.id}
              tag={t}
              onRename={(name) => run(() => fetchJson(`/api/tags/${t.slug}`, jsonRequest('PATCH', { name })), `“${t.name}” is now “${name}”.`)}
              onMerge={(into) => run(() => fetchJson(`/api/tags/${t.slug}/merge`, jsonRequest('POST', { into })), `“${t.name}” merged into “${into}”.`)}
              onDelete={() => run(() => fetchJson(`/api/tags/${t.slug}`, { method: 'DELETE' }), `“${t.name}” deleted.`)}
            />
          ))}
        </tbody>
      </table>
      {list.pageCount > 1 && (
        <p className="flex gap-4">
          <button type="button" disabled={list.page <= 1} onClick={() => load(q, list.page - 1)} className="underline disabled:opacity-40">
            Previous
          </button>
          <span>
            Page {list.page} of {list.pageCount}
          </span>
          <button type="button" disabled={list.page >= list.pageCount} onClick={() => load(q, list.page + 1)} className="underline disabled:opacity-40">
            Next
          </button>
        </p>
      )}
    </div>
  );
}

function TagRow({ tag, onRename, onMerge, onDelete }: { tag: NewsroomTag; onRename: (name: string) => void; onMerge: (into: string) => void; onDelete: () => void }) {
  const [name, setName] = useState(tag.name);
  const [into, setInto] = useState('');
  return (
    <tr className="border-b border-neutral-200 align-top dark:border-neutral-800" data-tag={tag.slug}>
      <td className="py-2">
        <Link href={`/tag/${tag.slug}`} className="underline">
          {tag.name}
        </Link>
      </td>
      <td>
        {tag.storyCount} ({tag.publishedCount})
      </td>
      <td>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onRename(name.trim());
          }}
          className="flex gap-2"
        >
          <Input aria-label={`New name for ${tag.name}`} value={name} onChange={(e) => setName(e.target.value)} maxLength={60} className="w-36" />
          <button type="submit" className="underline">
            Rename
          </button>
        </form>
      </td>
      <td>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (into.trim()) onMerge(into.trim());
          }}
          className="flex gap-2"
        >
          <Input aria-label={`Merge ${tag.name} into (tag address)`} value={into} onChange={(e) => setInto(e.target.value)} placeholder="tag-address" className="w-36" />
          <button type="submit" className="underline">
            Merge
          </button>
        </form>
      </td>
      <td>
        <button type="button" aria-label={`Delete ${tag.name}`} onClick={() => window.confirm(`Take “${tag.name}” off every story and delete it?`) && onDelete()} className="text-red-800 underline dark:text-red-300">
          Delete
        </button>
      </td>
    </tr>
  );
}
