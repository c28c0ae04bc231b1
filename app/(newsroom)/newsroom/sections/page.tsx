import type { Metadata } from 'next';
import { SectionsManager } from '@/components/sections/sections-manager';
import { requirePageActor } from '@/lib/auth/actor';
import { AppError } from '@/lib/http/errors';
import { forPage } from '@/lib/http/page-call';
import { listNewsroomSections } from '@/lib/sections/manage-sections';

export const metadata: Metadata = { title: 'Sections', robots: { index: false } };

/** The publication's sections (editors, admins): the navigation's order, names, addresses and descriptions. */
export default async function SectionsPage() {
  const actor = await requirePageActor('/newsroom/sections');
  const sections = await forPage(() => listNewsroomSections(actor));
  if (sections instanceof AppError) return <p role="alert">{sections.message}</p>;
  return (
    <div className="max-w-4xl space-y-6">
      <h1 className="font-serif text-3xl font-bold">Sections</h1>
      <p>Every story lives in a section. The navigation and the front page list them in this order.</p>
      <SectionsManager initial={sections} />
    </div>
  );
}
