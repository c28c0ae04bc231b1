import type { Metadata } from 'next';
import { BannerForm } from '@/components/newsroom/banner-form';
import { requirePageActor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/permissions';
import { getActiveBanner } from '@/lib/banner/site-banner';
import { forbidden } from 'next/navigation';
import { getSiteSettings } from '@/lib/settings/site-settings';
import { dateFormatOf } from '@/lib/settings/site-settings-schema';

export const metadata: Metadata = { title: 'Breaking-news banner', robots: { index: false } };

/** The banner at the foot of every page of the site, for breaking news (editors). */
export default async function BannerPage() {
  const actor = await requirePageActor('/newsroom/banner');
  if (!can(actor.role, 'banner:manage')) forbidden();
  const [banner, site] = await Promise.all([getActiveBanner(), getSiteSettings()]);
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-3xl font-bold">Breaking-news banner</h1>
      <p className="max-w-2xl">It shows at the foot of every page of the site within a second of being put up, until the time you choose or until you take it down. Readers can dismiss it; a new banner shows again.</p>
      <BannerForm initial={banner} dates={dateFormatOf(site)} />
    </div>
  );
}
