import { diffWords } from 'diff';
import { documentToPlainText, type BodyDocument } from '@/lib/articles/document';

/** One run of a word diff: unchanged, added or removed text. */
export type DiffPart = { text: string; change: 'same' | 'added' | 'removed' };
export type RevisionText = { headline: string; dek: string; body: BodyDocument };
export type RevisionDiff = { headline: DiffPart[]; dek: DiffPart[]; body: DiffPart[] };

function words(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((p) => ({ text: p.value, change: p.added ? 'added' : p.removed ? 'removed' : 'same' }));
}

/** What changed between two versions, word by word, in the text a reader sees (not the document's JSON). */
export function diffRevisions(before: RevisionText | null, after: RevisionText): RevisionDiff {
  const empty: RevisionText = { headline: '', dek: '', body: { type: 'doc', content: [] } };
  const from = before ?? empty;
  return {
    headline: words(from.headline, after.headline),
    dek: words(from.dek, after.dek),
    body: words(documentToPlainText(from.body), documentToPlainText(after.body)),
  };
}
