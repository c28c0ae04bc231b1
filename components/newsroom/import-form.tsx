'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { failureText, fetchJson } from '@/lib/http/fetch-json';
import { countsText } from '@/lib/transfer/import/counts-text';
import { Button } from '@/components/ui/controls';

type Counts = Record<string, number>;
type ImportAnswer = {
  import: { source: string; created: Counts; existing: Counts; skipped: { ref: string; reason: string }[]; notes: string[]; missingImages: { story: string; src: string }[] };
};

/** Upload a WordPress, Ghost or Broadsheet export; the summary lists what went in and everything left out. */
export function ImportForm({ maxMegabytes }: { maxMegabytes: number }) {
  const router = useRouter();
  const upload = useMutation({
    mutationFn: (form: FormData) => fetchJson<ImportAnswer>('/api/newsroom/import', { method: 'POST', body: form }),
    onSuccess: () => router.refresh(),
  });
  const result = upload.data?.import;

  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        upload.mutate(new FormData(event.currentTarget));
      }}
    >
      <label className="block text-sm font-medium">
        Export file (WordPress .xml, Ghost .json or Broadsheet .jsonl, at most {maxMegabytes} MB)
        <input name="file" type="file" accept=".xml,.json,.jsonl,application/xml,application/json" required className="mt-1 block text-sm" />
      </label>
      <Button type="submit" disabled={upload.isPending} variant="primary">
        {upload.isPending ? 'Importing…' : 'Import'}
      </Button>
      {upload.isError && (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {failureText(upload.error)}
        </p>
      )}
      {result && (
        <div role="status" className="space-y-2 rounded border border-neutral-300 p-3 text-sm dark:border-neutral-700">
          <p className="font-semibold">Imported: {countsText(result.created)}.</p>
          {countsText(result.existing) !== 'nothing' && <p>Already here: {countsText(result.existing)}.{countsText(result.created) === 'nothing' && ' Nothing new: this file was imported before.'}</p>}
          {(result.skipped.length > 0 || result.notes.length > 0) && (
            <details open>
              <summary>Left out or changed ({result.skipped.length + result.notes.length})</summary>
              <ul className="list-disc pl-5">
                {result.skipped.map((s) => (
                  <li key={`${s.ref}:${s.reason}`}>
                    {s.ref}: {s.reason}
                  </li>
                ))}
                {result.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </details>
          )}
          {result.missingImages.length > 0 && (
            <details>
              <summary>Images not found ({result.missingImages.length})</summary>
              <p>Nothing is fetched from other sites. Import them from a folder with <code>npm run import -- … --media DIR</code>.</p>
              <ul className="list-disc pl-5">
                {result.missingImages.map((m) => (
                  <li key={`${m.story}:${m.src}`} className="break-all">
                    {m.story}: {m.src}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
    </form>
  );
}
