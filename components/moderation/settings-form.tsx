'use client';

import { useState } from 'react';
import { ApiError, fetchJson, jsonRequest } from '@/lib/http/fetch-json';
import type { ModerationSettings } from '@/lib/moderation/moderation-settings';
import { UNVERIFIED_COMMENT_RULES, UNVERIFIED_RULE_LABELS, type UnverifiedCommentRule } from '@/lib/comments/unverified';

type Props = { initial: ModerationSettings; sections: { slug: string; name: string }[]; canEdit: boolean };
const input = 'rounded border border-neutral-400 bg-transparent px-2 py-1 dark:border-neutral-600';
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
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const set = <K extends keyof ModerationSettings>(key: K, value: ModerationSettings[K]) => setValues((v) => ({ ...v, [key]: value }));

  async function save(event: React.FormEvent) {
    event.preventDefault();
    try {
      const { settings } = await fetchJson<{ settings: ModerationSettings }>('/api/moderation/settings', jsonRequest('PUT', { ...values, bannedWords: words(banned), suspectWords: words(suspect) }));
      setValues(settings);
      setBanned(settings.bannedWords.join('\n'));
      setSuspect(settings.suspectWords.join('\n'));
      setMessage({ ok: true, text: 'Saved. Every thread follows the new rules now.' });
    } catch (e) {
      const detail = e instanceof ApiError && e.fields ? ` (${Object.entries(e.fields).map(([k, v]) => `${k}: ${v}`).join('; ')})` : '';
      setMessage({ ok: false, text: `${e instanceof Error ? e.message : 'Not saved.'}${detail}` });
    }
  }

  return (
    <form onSubmit={save} className="space-y-6" aria-label="Moderation settings">
      <fieldset disabled={!canEdit} className="space-y-6">
        <label className="block">
          <span className="font-semibold">Community guidelines</span> (shown beside every comment box)
          <textarea value={values.communityGuidelines} onChange={(e) => set('communityGuidelines', e.target.value)} rows={5} className={`${input} mt-1 w-full`} />
        </label>
        <div className="grid gap-4 sm:grid-cols-2">
          <label className="flex flex-col">
            Default comment mode for new stories
            <select value={values.defaultCommentMode} onChange={(e) => set('defaultCommentMode', e.target.value as ModerationSettings['defaultCommentMode'])} className={input}>
              <ModeOptions />
            </select>
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={values.holdFirstComments} onChange={(e) => set('holdFirstComments', e.target.checked)} />
            Hold a reader’s first comment for moderation
          </label>
          <label className="flex flex-col">
            Comments from readers who have not confirmed their email address
            <select value={values.unverifiedComments ?? 'hold'} onChange={(e) => set('unverifiedComments', e.target.value as UnverifiedCommentRule)} className={input}>
              {UNVERIFIED_COMMENT_RULES.map((rule) => (
                <option key={rule} value={rule}>
                  {UNVERIFIED_RULE_LABELS[rule]}
                </option>
              ))}
            </select>
            <span className="text-xs text-neutral-600 dark:text-neutral-400">Applies only when the site can send email (EMAIL_SERVER), since only then can an address be confirmed.</span>
          </label>
          <label className="flex flex-col">
            Hold comments with more links than
            <input type="number" min={0} max={50} value={values.maxLinksBeforeHold} onChange={(e) => set('maxLinksBeforeHold', e.target.valueAsNumber)} className={input} />
          </label>
          <label className="flex flex-col">
            Close comments after (days; 0 = never)
            <input type="number" min={0} max={3650} value={values.autoCloseAfterDays} onChange={(e) => set('autoCloseAfterDays', e.target.valueAsNumber)} className={input} />
          </label>
          <label className="flex flex-col">
            Surge protection: premoderate a story for an hour after this many comments in a minute (0 = off)
            <input type="number" min={0} max={10000} value={values.surgeCommentsPerMinute} onChange={(e) => set('surgeCommentsPerMinute', e.target.valueAsNumber)} className={input} />
          </label>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <label className="flex flex-col">
            Banned words (one per line; comments with them are rejected)
            <textarea value={banned} onChange={(e) => setBanned(e.target.value)} rows={6} className={input} />
          </label>
          <label className="flex flex-col">
            Suspect words (one per line; comments with them are held)
            <textarea value={suspect} onChange={(e) => setSuspect(e.target.value)} rows={6} className={input} />
          </label>
        </div>
        <fieldset>
          <legend className="font-semibold">Per-section comment mode (applies when stricter than the story’s own)</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-3">
            {sections.map((s) => (
              <label key={s.slug} className="flex flex-col text-sm">
                {s.name}
                <select
                  value={values.sectionModes[s.slug] ?? ''}
                  onChange={(e) => set('sectionModes', { ...values.sectionModes, [s.slug]: (e.target.value || null) as ModerationSettings['sectionModes'][string] })}
                  className={input}
                >
                  <option value="">No override</option>
                  <ModeOptions />
                </select>
              </label>
            ))}
          </div>
        </fieldset>
        {canEdit && (
          <button type="submit" className="rounded bg-neutral-900 px-4 py-2 font-semibold text-white dark:bg-neutral-100 dark:text-neutral-900">
            Save settings
          </button>
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
