'use client';

import { Input } from '@/components/ui/controls';

type Link = { label: string; url: string };

/** An ordered list of labelled links: add, edit, move up, remove. `errors` are the server's, by "index.field". */
export function LinkListEditor({
  legend,
  hint,
  links,
  onChange,
  errors,
  placeholder,
}: {
  legend: string;
  hint: string;
  links: Link[];
  onChange: (links: Link[]) => void;
  errors: Record<string, string>;
  placeholder: string;
}) {
  const set = (i: number, patch: Partial<Link>) => onChange(links.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const move = (i: number) => onChange(links.map((l, j) => (j === i - 1 ? links[i]! : j === i ? links[i - 1]! : l)));
  return (
    <fieldset className="space-y-2">
      <legend className="font-semibold">{legend}</legend>
      <p className="text-sm text-neutral-600 dark:text-neutral-400">{hint}</p>
      <ol className="space-y-2">
        {links.map((link, i) => (
          <li key={i} className="flex flex-wrap items-center gap-2">
            <Input aria-label={`${legend}: label ${i + 1}`} value={link.label} onChange={(e) => set(i, { label: e.target.value })} placeholder="Label" className="w-40" />
            <Input aria-label={`${legend}: address ${i + 1}`} value={link.url} onChange={(e) => set(i, { url: e.target.value })} placeholder={placeholder} className="min-w-0 flex-1" />
            <button type="button" onClick={() => move(i)} disabled={i === 0} className="underline disabled:opacity-40">
              Up
            </button>
            <button type="button" onClick={() => onChange(links.filter((_, j) => j !== i))} className="underline">
              Remove
            </button>
            {(errors[`${i}.label`] ?? errors[`${i}.url`]) && <span className="w-full text-sm text-red-700 dark:text-red-400">{errors[`${i}.label`] ?? errors[`${i}.url`]}</span>}
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => onChange([...links, { label: '', url: '' }])} className="underline">
        Add a link
      </button>
    </fieldset>
  );
}
