import type { Metadata } from 'next';
import { SettingsForm } from '@/components/moderation/settings-form';
import { can } from '@/lib/auth/permissions';
import { requirePageActor } from '@/lib/auth/actor';
import { AppError } from '@/lib/http/errors';
import { forPage } from '@/lib/http/page-call';
import { readModerationSettings } from '@/lib/moderation/moderation-settings';

export const metadata: Metadata = { title: 'Moderation settings', robots: { index: false } };

export default async function ModerationSettingsPage() {
  const actor = await requirePageActor('/newsroom/moderation/settings');
  const current = await forPage(() => readModerationSettings(actor));
  if (current instanceof AppError) return <p role="alert">{current.message}</p>;
  const { sections, ...settings } = current;
  const canEdit = can(actor.role, 'settings:edit');
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-3xl font-bold">Moderation settings</h1>
      {!canEdit && <p className="text-sm">Only admins change these; you can read them.</p>}
      <SettingsForm initial={settings} sections={sections} canEdit={canEdit} />
    </div>
  );
}
