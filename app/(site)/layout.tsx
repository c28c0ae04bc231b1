import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { getSections } from '@/lib/articles/reads';

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const sections = await getSections();
  return (
    <>
      <SiteHeader sections={sections} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
