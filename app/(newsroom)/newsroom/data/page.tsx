import type { Metadata } from 'next';
import { ImportForm } from '@/components/newsroom/import-form';
import { TimeStamp } from '@/components/ui/time-stamp';
import { requirePageActor } from '@/lib/auth/actor';
import { AppError } from '@/lib/http/errors';
import { forPage } from '@/lib/http/page-call';
import { getSiteSettings } from '@/lib/settings/site-settings';
import { dateFormatOf } from '@/lib/settings/site-settings-schema';
import { lastBackup } from '@/lib/transfer/backup/backup-desk';
import { IMPORT_UPLOAD_MAX_BYTES } from '@/lib/transfer/import/import-upload';

export const metadata: Metadata = { title: 'Backups, export and import', robots: { index: false } };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const link = 'inline-block rounded bg-neutral-900 px-4 py-2 font-semibold text-white dark:bg-neutral-100 dark:text-neutral-900';

/** The publication's data in and out (admins): a backup to keep, an export to take elsewhere, an import to bring an archive in. */
export default async function DataPage() {
  const actor = await requirePageActor('/newsroom/data');
  const [last, site] = await Promise.all([forPage(() => lastBackup(actor)), getSiteSettings()]);
  if (last instanceof AppError) return <p role="alert">{last.message}</p>;
  return (
    <div className="max-w-3xl space-y-8">
      <h1 className="font-serif text-3xl font-bold">Backups, export and import</h1>

      <section aria-labelledby="backup-heading" className="space-y-2">
        <h2 id="backup-heading" className="text-xl font-bold">
          Backup
        </h2>
        <p>Everything: stories with their revisions, comments, accounts (with their passwords, hashed), settings, the audit log and every uploaded file, in one file that <code>npm run db:restore</code> puts back. Keep it somewhere safe: it holds your readers’ email addresses.</p>
        <p data-testid="last-backup">
          {last ? (
            <>
              Last backup: <TimeStamp iso={last.at} format={dateFormatOf(site)} />, {last.via === 'newsroom' ? `downloaded by ${last.by ?? 'a deleted account'}` : 'from the command line'}
              {last.bytes !== null && ` (${megabytes(last.bytes)})`}.
            </>
          ) : (
            'No backup has been made yet.'
          )}
        </p>
        <a href="/api/newsroom/backup" download className={link}>
          Download a backup
        </a>
      </section>

      <section aria-labelledby="export-heading" className="space-y-2">
        <h2 id="export-heading" className="text-xl font-bold">
          Export
        </h2>
        <p>The publication in a documented format (JSON Lines) another system or a script can read: settings, sections, tags, authors, stories with their revisions, updates and corrections, comments with their threads, and image details. No passwords or sign-in tokens.</p>
        <a href="/api/newsroom/export" download className={link}>
          Download the export
        </a>
      </section>

      <section aria-labelledby="import-heading" className="space-y-2">
        <h2 id="import-heading" className="text-xl font-bold">
          Import
        </h2>
        <p>Bring an archive in from WordPress (Tools → Export), Ghost (Settings → Labs → Export content) or another Broadsheet. Importing the same file again adds nothing. Authors and commenters get accounts without passwords; stories keep their state and dates, and their old WordPress addresses redirect here.</p>
        <ImportForm maxMegabytes={IMPORT_UPLOAD_MAX_BYTES / 1024 / 1024} />
      </section>
    </div>
  );
}
