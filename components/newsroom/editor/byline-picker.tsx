'use client';

import { SlugOptions } from '@/components/ui/slug-options';
import { Select } from '@/components/ui/controls';

type Option = { slug: string; name: string };

/** Bylines in order: add from the newsroom's authors, move up, remove. */
export function BylinePicker({ value, authors, onChange, error }: { value: string[]; authors: Option[]; onChange: (next: string[]) => void; error?: string }) {
  const name = (slug: string) => authors.find((a) => a.slug === slug)?.name ?? slug;
  const move = (i: number) => onChange(value.map((s, j) => (j === i - 1 ? value[i]! : j === i ? value[i - 1]! : s)));
  return (
    <fieldset>
      <legend className="font-semibold">Bylines</legend>
      <ol className="mt-1 space-y-1">
        {value.map((slug, i) => (
          <li key={slug} className="flex items-center justify-between gap-2">
            <span>{name(slug)}</span>
            <span className="flex gap-2">
              {i > 0 && (
                <button type="button" onClick={() => move(i)} className="underline" aria-label={`Move ${name(slug)} up`}>
                  Up
                </button>
              )}
              {value.length > 1 && (
                <button type="button" onClick={() => onChange(value.filter((s) => s !== slug))} className="underline" aria-label={`Remove ${name(slug)}`}>
                  Remove
                </button>
              )}
            </span>
          </li>
        ))}
      </ol>
      <Select
        aria-label="Add a byline"
        value=""
        onChange={(e) => e.target.value && onChange([...value, e.target.value])}
        pad="md" className="mt-1 w-full"
      >
        <option value="">Add an author…</option>
        <SlugOptions items={authors.filter((a) => !value.includes(a.slug))} />
      </Select>
      {error && <p className="text-red-700 dark:text-red-400">{error}</p>}
    </fieldset>
  );
}
