'use client';

import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { useListChange } from '@/components/newsroom/use-list-change';
import { failureText, fetchJson, jsonRequest } from '@/lib/http/fetch-json';
import type { NewsroomSection } from '@/lib/sections/manage-sections';
import { Button, Input } from '@/components/ui/controls';

/** Sections in navigation order: create, rename, describe, reorder, show or hide, delete when empty. */
export function SectionsManager({ initial }: { initial: NewsroomSection[] }) {
  const [sections, setSections] = useState(initial);
  const { run, message } = useListChange(async () => setSections((await fetchJson<{ sections: NewsroomSection[] }>('/api/sections')).sections));
  const patch = (s: NewsroomSection, body: Record<string, unknown>, done: string) => run(() => fetchJson(`/api/sections/${s.slug}`, jsonRequest('PATCH', body)), done);

  return (
    <div className="space-y-8">
      <NewSectionForm onCreated={(s) => run(async () => s, `“${s.name}” created at /${s.slug}.`)} />
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'text-green-800 dark:text-green-300' : 'text-red-700 dark:text-red-400'}>
          {message.text}
        </p>
      )}
      <ol className="divide-y divide-neutral-200 dark:divide-neutral-800" aria-label="Sections">
        {sections.map((s, i) => (
          <SectionRow
            key={s.id}
            section={s}
            first={i === 0}
            last={i === sections.length - 1}
            onMove={(by) => patch(s, { position: i + by }, `“${s.name}” moved.`)}
            onToggle={() => patch(s, { hidden: !s.hidden }, s.hidden ? `“${s.name}” is in the navigation.` : `“${s.name}” is hidden from the navigation.`)}
            onSave={(body) => patch(s, body, `“${body.name ?? s.name}” saved.`)}
            onDelete={() => run(() => fetchJson(`/api/sections/${s.slug}`, { method: 'DELETE' }), `“${s.name}” deleted.`)}
          />
        ))}
      </ol>
    </div>
  );
}

function NewSectionForm({ onCreated }: { onCreated: (section: NewsroomSection) => void }) {
  const [fields, setFields] = useState({ name: '', slug: '', description: '' });
  const create = useMutation({
    mutationFn: () => fetchJson<{ section: NewsroomSection }>('/api/sections', jsonRequest('POST', { ...fields, slug: fields.slug.trim() || undefined })),
    onSuccess: ({ section }) => {
      setFields({ name: '', slug: '', description: '' });
      onCreated(section);
    },
  });
  const error = create.isError ? failureText(create.error) : '';
  function submit(event: React.FormEvent) {
    event.preventDefault();
    create.mutate();
  }
  return (
    <form onSubmit={submit} aria-labelledby="new-section-heading" className="space-y-3 rounded border border-neutral-300 p-4 dark:border-neutral-700">
      <h2 id="new-section-heading" className="font-bold">
        New section
      </h2>
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col">
          Name
          <Input value={fields.name} onChange={(e) => setFields({ ...fields, name: e.target.value })} required maxLength={60} />
        </label>
        <label className="flex flex-col">
          Address (optional)
          <Input value={fields.slug} onChange={(e) => setFields({ ...fields, slug: e.target.value })} placeholder="from the name" maxLength={60} />
        </label>
        <label className="flex min-w-64 flex-1 flex-col">
          Description
          <Input value={fields.description} onChange={(e) => setFields({ ...fields, description: e.target.value })} maxLength={500} />
        </label>
        <Button type="submit" variant="primary">
          Create section
        </Button>
      </div>
      {error && (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </form>
  );
}

function SectionRow(props: {
  section: NewsroomSection;
  first: boolean;
  last: boolean;
  onMove: (by: number) => void;
  onToggle: () => void;
  onSave: (body: { name?: string; slug?: string; description?: string }) => Promise<boolean>;
  onDelete: () => void;
}) {
  const { section: s } = props;
  const [editing, setEditing] = useState(false);
  const [fields, setFields] = useState({ name: s.name, slug: s.slug, description: s.description });
  const label = (what: string) => `${what} ${s.name}`;
  return (
    <li className="space-y-2 py-3" data-section={s.slug}>
      <div className="flex flex-wrap items-center gap-3">
        <Link href={`/${s.slug}`} className="font-semibold underline">
          {s.name}
        </Link>
        <span className="text-sm text-neutral-600 dark:text-neutral-400">
          /{s.slug} · {s.storyCount === 1 ? '1 story' : `${s.storyCount} stories`}
          {s.hidden && ' · hidden from the navigation'}
        </span>
        <span className="ml-auto flex flex-wrap gap-3 text-sm">
          <button type="button" aria-label={label('Move up')} disabled={props.first} onClick={() => props.onMove(-1)} className="underline disabled:opacity-40">
            Up
          </button>
          <button type="button" aria-label={label('Move down')} disabled={props.last} onClick={() => props.onMove(1)} className="underline disabled:opacity-40">
            Down
          </button>
          <button type="button" onClick={props.onToggle} className="underline" aria-label={label(s.hidden ? 'Show in navigation' : 'Hide from navigation')}>
            {s.hidden ? 'Show in navigation' : 'Hide from navigation'}
          </button>
          <button type="button" onClick={() => setEditing(!editing)} className="underline" aria-label={label('Edit')} aria-expanded={editing}>
            Edit
          </button>
          <button
            type="button"
            aria-label={label('Delete')}
            onClick={() => window.confirm(`Delete the section “${s.name}”?`) && props.onDelete()}
            className="text-red-800 underline dark:text-red-300"
          >
            Delete
          </button>
        </span>
      </div>
      {s.description && !editing && <p className="text-sm">{s.description}</p>}
      {editing && (
        <form
          className="flex flex-wrap items-end gap-3"
          aria-label={label('Edit')}
          onSubmit={async (e) => {
            e.preventDefault();
            if (await props.onSave(fields)) setEditing(false);
          }}
        >
          <label className="flex flex-col">
            Name
            <Input value={fields.name} onChange={(e) => setFields({ ...fields, name: e.target.value })} maxLength={60} />
          </label>
          <label className="flex flex-col">
            Address
            <Input value={fields.slug} onChange={(e) => setFields({ ...fields, slug: e.target.value })} maxLength={60} />
          </label>
          <label className="flex min-w-64 flex-1 flex-col">
            Description
            <Input value={fields.description} onChange={(e) => setFields({ ...fields, description: e.target.value })} maxLength={500} />
          </label>
          <Button type="submit" variant="primary">
            Save
          </Button>
          <p className="w-full text-sm text-neutral-600 dark:text-neutral-400">A new address keeps the old one working: it redirects, as do its stories’ old addresses.</p>
        </form>
      )}
    </li>
  );
}
