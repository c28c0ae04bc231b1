import { BreakingBanner } from '@/components/layout/breaking-banner';
import { SetupNotice } from '@/components/layout/setup-notice';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { RelativeTimes } from '@/components/ui/relative-times';
import { relativePhrases } from '@/lib/dates/date-format';
import { getPublishedPages, getSections } from '@/lib/articles/reads';
import { getSiteSettings } from '@/lib/settings/site-settings';
import { isSetupNeeded } from '@/lib/setup/setup';

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  if (await isSetupNeeded()) return <SetupNotice />;
  const [site, sections, pages] = await Promise.all([getSiteSettings(), getSections(), getPublishedPages()]);
  return (
    <>
      <SiteHeader site={site} sections={sections.filter((s) => !s.hidden)} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
      <SiteFooter site={site} pages={pages} />
      <RelativeTimes phrases={relativePhrases(site.language)} />
      <BreakingBanner />
    </>
  );
}
