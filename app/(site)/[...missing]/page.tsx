import { notFound } from 'next/navigation';

// Every address no other route takes (`/a/b/c/d`): the 404 page, inside the site's layout and rendered on
// request, rather than the copy `next build` made before there was a database.
export const dynamic = 'force-dynamic';

export default function Missing() {
  notFound();
}
