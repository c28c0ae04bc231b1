'use client';

import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Input, Select, Textarea } from '@/components/ui/controls';
import { ApiError, errorMessage, fetchJson, jsonRequest } from '@/lib/http/fetch-json';
import type { ModerationSettings } from '@/lib/moderation/moderation-settings';
import { UNVERIFIED_COMMENT_RULES, UNVERIFIED_RULE_LABELS, type UnverifiedCommentRule } from '@/lib/comments/unverified';

type Props = { initial: ModerationSettings; sections: { slug: string; name: string }[]; canEdit: boolean };
const MODES = [
  ['open', 'Open'],
  ['premoderated', 'Premoderated'],
  ['closed', 'Closed'],
] as const;

function ModeOptions() {
  return MODES.map(([value, label]) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));
}

const words = (text: string) => text.split('\n').map((w) => w.trim()).filter(Boolean);

/** The rules at the door, as one form: saved together, each change audited by the server. */
export function SettingsForm({ initial, sections, canEdit }: Props) {
  const [values, setValues] = useState(initial);
  const [banned, setBanned] = useState(initial.bannedWords.join('\n'));
  const [suspect, setSuspect] = useState(initial.suspectWords.join('\n'));
  const set = <K extends keyof ModerationSettings>(key: K, value: ModerationSettings[K]) => setValues((v) => ({ ...v, [key]: value }));
  const save = useMutation({
    mutationFn: (next: ModerationSettings) => fetchJson<{ settings: ModerationSettings }>('/api/moderation/settings', jsonRequest('PUT', next)),
    onSuccess: ({ settings }) => {
      setValues(settings);
      setBanned(settings.bannedWords.join('\n'));
      setSuspect(settings.suspectWords.join('\n'));
    },
  });
  // Every field the server refused is named: the lists are long, and the problem may be anywhere in them.
  const refused = save.error instanceof ApiError && save.error.fields ? ` (${Object.entries(save.error.fields).map(([k, v]) => `${k}: ${v}`).join('; ')})` : '';
  const message = save.isSuccess
    ? { ok: true, text: 'Saved. Every thread follows the new rules now.' }
    : save.isError
      ? { ok: false, text: `${errorMessage(save.error, 'Not saved.')}${refused}` }
      : null;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    save.mutate({ ...values, bannedWords: words(banned), suspectWords: words(suspect) });
  }

  return (
    <form onSubmit={submit} className="space-y-6" aria-label="Moderation settings">
      <fieldset disabled={!canEdit} className="space-y-6">
        <label className="block">
          <span className="font-semibold">Community guidelines</span> (shown beside every comment box)
          <Textarea value={values.communityGuidelines} onChange={(e) => set('communityGuidelines', e.target.value)} rows={5} pad="sm" className="mt-1 w-full" />
        </label>
        <div className="grid gap-4 sm:grid-cols-2">
          <label className="flex flex-col">
            Default comment mode for new stories
            <Select value={values.defaultCommentMode} onChange={(e) => set('defaultCommentMode', e.target.value as ModerationSettings['defaultCommentMode'])}>
              <ModeOptions />
            </Select>
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={values.holdFirstComments} onChange={(e) => set('holdFirstComments', e.target.checked)} />
            Hold a reader’s first comment for moderation
          </label>
          <label className="flex flex-col">
            Comments from readers who have not confirmed their email address
            <Select value={values.unverifiedComments ?? 'hold'} onChange={(e) => set('unverifiedComments', e.target.value as UnverifiedCommentRule)}>
              {UNVERIFIED_COMMENT_RULES.map((rule) => (
                <option key={rule} value={rule}>
                  {UNVERIFIED_RULE_LABELS[rule]}
                </option>
              ))}
            </Select>
            <span className="text-xs text-neutral-600 dark:text-neutral-400">Applies only when the site can send email (EMAIL_SERVER), since only then can an address be confirmed.</span>
          </label>
          <label className="flex flex-col">
            Hold comments with more links than
            <Input type="number" min={0} max={50} value={values.maxLinksBeforeHold} onChange={(e) => set('maxLinksBeforeHold', e.target.valueAsNumber)} />
          </label>
          <label className="flex flex-col">
            Close comments after (days; 0 = never)
            <Input type="number" min={0} max={3650} value={values.autoCloseAfterDays} onChange={(e) => set('autoCloseAfterDays', e.target.valueAsNumber)} />
          </label>
          <label className="flex flex-col">
            Surge protection: premoderate a story for an hour after this many comments in a minute (0 = off)
            <Input type="number" min={0} max={10000} value={values.surgeCommentsPerMinute} onChange={(e) => set('surgeCommentsPerMinute', e.target.valueAsNumber)} />
          </label>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <label className="flex flex-col">
            Banned words (one per line; comments with them are rejected)
            <Textarea value={banned} onChange={(e) => setBanned(e.target.value)} rows={6} pad="sm" />
          </label>
          <label className="flex flex-col">
            Suspect words (one per line; comments with them are held)
            <Textarea value={suspect} onChange={(e) => setSuspect(e.target.value)} rows={6} pad="sm" />
          </label>
        </div>
        <fieldset>
          <legend className="font-semibold">Per-section comment mode (applies when stricter than the story’s own)</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-3">
            {sections.map((s) => (
              <label key={s.slug} className="flex flex-col text-sm">
                {s.name}
                <Select
                  value={values.sectionModes[s.slug] ?? ''}
                  onChange={(e) => set('sectionModes', { ...values.sectionModes, [s.slug]: (e.target.value || null) as ModerationSettings['sectionModes'][string] })}
                >
                  <option value="">No override</option>
                  <ModeOptions />
                </Select>
              </label>
            ))}
          </div>
        </fieldset>
        {canEdit && (
          <Button type="submit" variant="primary" disabled={save.isPending}>
            Save settings
          </Button>
        )}
      </fieldset>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'font-semibold' : 'text-red-700 dark:text-red-400'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
