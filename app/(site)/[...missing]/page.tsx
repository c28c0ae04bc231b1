import { notFound, permanentRedirect } from 'next/navigation';
import { findLegacyAddress } from '@/lib/articles/legacy-address';

// Every address no other route takes (`/a/b/c/d`): an imported story's old address (WordPress's
// `/2024/05/slug/`) redirects to the story; anything else is the 404 page, inside the site's layout and
// rendered on request.
export const dynamic = 'force-dynamic';

export default async function Missing({ params }: { params: Promise<{ missing: string[] }> }) {
  const { missing } = await params;
  const movedTo = await findLegacyAddress(`/${missing.map(encodeURIComponent).join('/')}`);
  if (movedTo) permanentRedirect(movedTo);
  notFound();
}
