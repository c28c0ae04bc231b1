import type { Metadata } from 'next';
import { SiteSettingsForm } from '@/components/settings/site-settings-form';
import { assertCan, requirePageActor } from '@/lib/auth/actor';
import { timeZoneNames } from '@/lib/dates/date-format';
import { AppError } from '@/lib/http/errors';
import { forPage } from '@/lib/http/page-call';
import { readSiteSettings } from '@/lib/settings/site-settings';

export const metadata: Metadata = { title: 'Site settings', robots: { index: false } };

/** The publication's settings (admins): name, boilerplate, dates, navigation, links, logo and icons. */
export default async function SettingsPage() {
  const actor = await requirePageActor('/newsroom/settings');
  const settings = await forPage(async () => {
    assertCan(actor, 'settings:edit');
    return readSiteSettings();
  });
  if (settings instanceof AppError) return <p role="alert">{settings.message}</p>;
  return (
    <div className="max-w-4xl space-y-6">
      <h1 className="font-serif text-3xl font-bold">Site settings</h1>
      <SiteSettingsForm initial={settings} timeZones={timeZoneNames()} />
    </div>
  );
}
