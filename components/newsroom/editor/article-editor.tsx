'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { TimeStamp } from '@/components/ui/time-stamp';
import { slugify } from '@/lib/articles/slug';
import type { BodyDocument } from '@/lib/articles/document';
import type { DateFormat } from '@/lib/dates/date-format';
import type { ClaimStatus, CommentMode } from '@/lib/db/schema/enums';
import type { EditorArticle } from '@/lib/newsroom/editor-article';
import { BodyEditor } from './body-editor';
import { BylinePicker } from './byline-picker';
import { CorrectionForm } from './correction-form';
import { ImageDialog } from './image-dialog';
import { BreakingAlertPanel } from './breaking-alert-panel';
import { LiveBlogPanel } from './live-blog-panel';
import { PublishPanel } from './publish-panel';
import { useAutosave, type SaveState } from './use-autosave';
import { SlugOptions } from '@/components/ui/slug-options';
import { Input, Select, Textarea } from '@/components/ui/controls';

type Option = { slug: string; name: string };
type Fields = {
  headline: string;
  dek: string;
  slug: string;
  /** Until it is published or typed into, the slug follows the headline. */
  slugTouched: boolean;
  section: string;
  tags: string;
  authors: string[];
  heroMediaId: number | null;
  hero: EditorArticle['hero'];
  claimStatus: ClaimStatus | null;
  claimNote: string;
  commentMode: CommentMode;
  body: BodyDocument;
};

const CLAIMS: ClaimStatus[] = ['unverified', 'developing', 'confirmed', 'disputed', 'retracted'];
const MODES: { value: CommentMode; label: string }[] = [
  { value: 'open', label: 'Open' },
  { value: 'premoderated', label: 'Premoderated' },
  { value: 'closed', label: 'Closed' },
];

function fieldsOf(a: EditorArticle): Fields {
  return {
    headline: a.headline,
    dek: a.dek,
    slug: a.slug,
    slugTouched: a.publishedAt !== null,
    section: a.section,
    tags: a.tags.join(', '),
    authors: a.authors,
    heroMediaId: a.heroMediaId,
    hero: a.hero,
    claimStatus: a.claimStatus,
    claimNote: a.claimNote,
    commentMode: a.commentMode,
    body: a.body,
  };
}

/**
 * Writing and publishing one story, or one page (About, Contact…: a page has no section, bylines, tags, claim
 * or comments): its fields, its body, autosave, and the publishing controls. Dates read in `dates`, the
 * publication's time zone and language.
 */
export function ArticleEditor({
  initial,
  sections,
  authors,
  canCorrect,
  dates,
  alertLists,
}: {
  initial: EditorArticle;
  sections: Option[];
  authors: Option[];
  canCorrect: boolean;
  dates: DateFormat;
  /** The newsletters this editor may send a published story to as a breaking alert (none: no panel). */
  alertLists: { slug: string; name: string }[];
}) {
  const router = useRouter();
  const [article, setArticle] = useState(initial);
  const [fields, setFields] = useState(() => fieldsOf(initial));
  const [heroDialog, setHeroDialog] = useState(false);
  const latest = useRef(fields);
  useEffect(() => {
    latest.current = fields;
  }, [fields]);

  const isPage = initial.kind === 'page';
  const payload = useCallback(() => {
    const f = latest.current;
    const common = { headline: f.headline, dek: f.dek, slug: f.slugTouched ? f.slug : '', heroMediaId: f.heroMediaId, body: f.body };
    if (isPage) return common;
    return {
      headline: f.headline,
      dek: f.dek,
      slug: f.slugTouched ? f.slug : '',
      section: f.section,
      tags: f.tags.split(',').map((t) => t.trim()).filter(Boolean),
      authors: f.authors,
      heroMediaId: f.heroMediaId,
      claimStatus: f.claimStatus,
      claimNote: f.claimNote,
      commentMode: f.commentMode,
      body: f.body,
    };
  }, [isPage]);
  const live = article.status === 'published';
  const autosave = useAutosave(initial, payload, live);

  function update(patch: Partial<Fields>) {
    setFields((f) => ({ ...f, ...patch }));
    autosave.changed();
  }

  async function saveNow(): Promise<EditorArticle | null> {
    const next = await autosave.save();
    if (next) {
      setArticle(next);
      setFields((f) => (f.slugTouched ? f : { ...f, slug: next.slug }));
    }
    return next;
  }

  function adopt(next: EditorArticle) {
    autosave.adopt(next);
    setArticle(next);
  }

  const fieldError = (name: string) => (autosave.state.kind === 'error' ? autosave.state.fields?.[name] : undefined);

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
      <div className="space-y-4">
        <SaveStatus state={autosave.state} live={live} dates={dates} />
        {/* Labels point at their fields rather than wrap them: a wrapped field's text would join its accessible name. */}
        <div>
          <label htmlFor="story-headline" className="text-sm font-semibold">
            {isPage ? 'Title' : 'Headline'}
          </label>
          <Textarea
            id="story-headline"
            value={fields.headline}
            onChange={(e) => update({ headline: e.target.value, ...(fields.slugTouched ? {} : { slug: slugify(e.target.value) }) })}
            rows={2}
            maxLength={200}
            aria-invalid={Boolean(fieldError('headline'))}
            className="w-full mt-1 font-serif text-2xl font-bold"
          />
          {fieldError('headline') && <span className="text-sm text-red-700 dark:text-red-400">{fieldError('headline')}</span>}
        </div>
        <div>
          <label htmlFor="story-dek" className="text-sm font-semibold">
            Standfirst (dek)
          </label>
          <Textarea id="story-dek" value={fields.dek} onChange={(e) => update({ dek: e.target.value })} rows={2} maxLength={400} className="w-full mt-1" />
        </div>
        <BodyEditor initial={initial.body} onChange={(body) => update({ body })} label={isPage ? 'Page body' : 'Story body'} />
        {live && canCorrect && !isPage && <CorrectionForm articleId={article.id} url={article.url} />}
        {!isPage && <LiveBlogPanel articleId={article.id} canCorrect={canCorrect} />}
      </div>

      <aside className="space-y-4 text-sm" aria-label={isPage ? 'Page settings' : 'Story settings'}>
        <PublishPanel
          article={article}
          dates={dates}
          saveFirst={async () => (autosave.hasPending() || autosave.state.kind === 'error' ? saveNow() : article)}
          onChange={adopt}
          onDeleted={() => router.push('/newsroom')}
          onSaveLive={saveNow}
          saveState={autosave.state}
        />
        {live && !isPage && alertLists.length > 0 && <BreakingAlertPanel articleId={article.id} headline={article.headline} lists={alertLists} />}
        <label className="block">
          <span className="font-semibold">Address</span>
          <Input
            value={fields.slug}
            onChange={(e) => update({ slug: e.target.value, slugTouched: true })}
            onBlur={() => update({ slug: slugify(fields.slug) })}
            aria-describedby="slug-help"
            pad="md"
            className="w-full mt-1"
          />
          <span id="slug-help" className="text-neutral-600 dark:text-neutral-400">
            {isPage ? '' : `/${fields.section}`}/{fields.slug || '…'}
            {article.publishedAt && ' · the old address will redirect here'}
          </span>
          {fieldError('slug') && <span className="block text-red-700 dark:text-red-400">{fieldError('slug')}</span>}
        </label>
        {!isPage && (
          <>
            <label className="block">
              <span className="font-semibold">Section</span>
              <Select value={fields.section} onChange={(e) => update({ section: e.target.value })} pad="md" className="w-full mt-1">
                <SlugOptions items={sections} />
              </Select>
            </label>
            <label className="block">
              <span className="font-semibold">Tags (comma-separated; new ones are created)</span>
              <Input value={fields.tags} onChange={(e) => update({ tags: e.target.value })} pad="md" className="w-full mt-1" />
            </label>
            <BylinePicker value={fields.authors} authors={authors} onChange={(a) => update({ authors: a })} error={fieldError('authors')} />
          </>
        )}
        <div>
          <p className="font-semibold">Hero image</p>
          {fields.hero ? (
            // eslint-disable-next-line @next/next/no-img-element -- a small preview of an uploaded file
            <img src={fields.hero.url} alt={fields.hero.alt} className="mt-1 w-full rounded" />
          ) : (
            <p className="text-neutral-600 dark:text-neutral-400">None</p>
          )}
          <div className="mt-1 flex gap-3">
            <button type="button" onClick={() => setHeroDialog(true)} className="underline">
              {fields.hero ? 'Replace' : 'Upload hero image'}
            </button>
            {fields.hero && (
              <button type="button" onClick={() => update({ hero: null, heroMediaId: null })} className="underline">
                Remove
              </button>
            )}
          </div>
        </div>
        {!isPage && (
          <>
            <fieldset className="space-y-2">
              <legend className="font-semibold">Claim status</legend>
              <Select
                aria-label="Claim status"
                value={fields.claimStatus ?? ''}
                onChange={(e) => update({ claimStatus: (e.target.value || null) as ClaimStatus | null })}
                pad="md"
                className="w-full mt-1"
              >
                <option value="">None</option>
                {CLAIMS.map((c) => (
                  <option key={c} value={c}>
                    {c[0]!.toUpperCase() + c.slice(1)}
                  </option>
                ))}
              </Select>
              {fields.claimStatus && (
                <label className="block">
                  <span>Note for readers</span>
                  <Textarea value={fields.claimNote} onChange={(e) => update({ claimNote: e.target.value })} rows={2} maxLength={500} className="w-full mt-1" />
                </label>
              )}
            </fieldset>
            <label className="block">
              <span className="font-semibold">Comments</span>
              <Select value={fields.commentMode} onChange={(e) => update({ commentMode: e.target.value as CommentMode })} pad="md" className="w-full mt-1">
                {MODES.map((m) => (
                  <option key={m.value} value={m.value}>
                    {m.label}
                  </option>
                ))}
              </Select>
            </label>
          </>
        )}
        <p className="flex gap-4">
          <Link href={`/newsroom/articles/${article.id}/history`} className="underline">
            Revision history
          </Link>
          {live && !isPage && (
            <Link href={`${article.url}#comments`} className="underline">
              Comments on the story
            </Link>
          )}
        </p>
      </aside>

      {heroDialog && (
        <ImageDialog
          title="Hero image"
          onClose={() => setHeroDialog(false)}
          onInsert={(image) => {
            update({ heroMediaId: image.id, hero: { url: image.url, alt: image.alt } });
            setHeroDialog(false);
          }}
        />
      )}
    </div>
  );
}

function SaveStatus({ state, live, dates }: { state: SaveState; live: boolean; dates: DateFormat }) {
  if (state.kind === 'conflict') {
    return (
      <div role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900 dark:bg-red-950/40 dark:text-red-100">
        <p className="font-semibold">{state.message}</p>
        <p>Your changes were not saved. Copy anything you need, then reload to continue from their version.</p>
        <button type="button" onClick={() => window.location.reload()} className="mt-2 rounded bg-red-800 px-3 py-1.5 font-semibold text-white">
          Reload their version
        </button>
      </div>
    );
  }
  const text =
    state.kind === 'saved' ? (
      <>
        Saved <TimeStamp iso={state.at} format={dates} />
      </>
    ) : state.kind === 'saving' ? (
      'Saving…'
    ) : state.kind === 'unsaved' ? (
      live ? 'Unsaved changes: “Update story” publishes them' : 'Unsaved changes'
    ) : (
      `Not saved: ${state.message}`
    );
  return (
    <p role="status" aria-live="polite" data-save-state={state.kind} className={`text-sm ${state.kind === 'error' ? 'text-red-700 dark:text-red-400' : 'text-neutral-600 dark:text-neutral-400'}`}>
      {text}
    </p>
  );
}
