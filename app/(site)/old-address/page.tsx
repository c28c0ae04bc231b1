import { notFound, permanentRedirect } from 'next/navigation';
import { findLegacyAddress } from '@/lib/articles/legacy-address';

// An imported WordPress site's `/?p=123` and `/?page_id=7`, which next.config.js rewrites here: the story's
// address now, or the 404 page.
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OldWordPressAddress({ searchParams }: Props) {
  const query = new URLSearchParams(Object.entries(await searchParams).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])));
  const movedTo = await findLegacyAddress('/', query);
  if (movedTo) permanentRedirect(movedTo);
  notFound();
}
