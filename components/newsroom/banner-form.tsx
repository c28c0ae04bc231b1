'use client';

import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { Banner } from '@/lib/banner/site-banner';
import type { DateFormat } from '@/lib/dates/date-format';
import { fromWallTime, toWallTime } from '@/lib/dates/wall-time';
import { failureText, fetchJson, jsonRequest } from '@/lib/http/fetch-json';
import { Button, Input, Select } from '@/components/ui/controls';

/** Put the breaking-news banner up (it shows on every page within a second) or take it down. */
export function BannerForm({ initial, dates }: { initial: Banner | null; dates: DateFormat }) {
  const [current, setCurrent] = useState(initial);
  const [text, setText] = useState(initial?.text ?? '');
  const [url, setUrl] = useState(initial?.url ?? '');
  const [level, setLevel] = useState<Banner['level']>(initial?.level ?? 'breaking');
  const [until, setUntil] = useState(() => toWallTime(initial ? new Date(initial.expiresAt) : new Date(Date.now() + 2 * 3_600_000), dates.timeZone));
  const save = useMutation({
    mutationFn: async () => {
      const at = fromWallTime(until, dates.timeZone);
      if (!at) throw new Error('Choose a date and time.');
      return fetchJson<{ banner: Banner }>('/api/banner', jsonRequest('PUT', { text, url, level, expiresAt: at.toISOString() }));
    },
    onSuccess: ({ banner }) => setCurrent(banner),
  });
  const clear = useMutation({
    mutationFn: () => fetchJson('/api/banner', { method: 'DELETE' }),
    onSuccess: () => setCurrent(null),
  });
  const error = save.error ?? clear.error;

  return (
    <div className="space-y-4">
      <p role="status">{current ? `Up now: “${current.text}”` : 'No banner is up.'}</p>
      <form
        aria-label="Banner"
        className="grid max-w-2xl gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <label>
          <span className="font-semibold">Text</span>
          <Input value={text} onChange={(e) => setText(e.target.value)} maxLength={200} required pad="md" className="mt-1 block w-full" />
        </label>
        <label>
          <span className="font-semibold">Link</span> <span className="text-sm">(optional: /section/story or https://…)</span>
          <Input value={url} onChange={(e) => setUrl(e.target.value)} maxLength={500} pad="md" className="mt-1 block w-full" />
        </label>
        <div className="flex flex-wrap gap-4">
          <label>
            <span className="font-semibold">Level</span>
            <Select value={level} onChange={(e) => setLevel(e.target.value as Banner['level'])} pad="md" className="mt-1 block w-full">
              <option value="breaking">Breaking</option>
              <option value="developing">Developing</option>
              <option value="notice">Notice</option>
            </Select>
          </label>
          <label>
            <span className="font-semibold">Until ({dates.timeZone} time)</span>
            <Input type="datetime-local" value={until} onChange={(e) => setUntil(e.target.value)} pad="md" className="mt-1 block w-full" />
          </label>
        </div>
        <div className="flex gap-2">
          <Button type="submit" variant="danger" disabled={save.isPending}>
            Put it up
          </Button>
          {current && (
            <Button disabled={clear.isPending} onClick={() => clear.mutate()}>
              Take it down
            </Button>
          )}
        </div>
        {error && (
          <p role="alert" className="text-red-700 dark:text-red-400">
            {failureText(error, error.message)}
          </p>
        )}
      </form>
    </div>
  );
}
