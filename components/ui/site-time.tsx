import 'server-only';
import { getSiteSettings } from '@/lib/settings/site-settings';
import { dateFormatOf } from '@/lib/settings/site-settings-schema';
import { TimeStamp } from './time-stamp';

/** A date as the publication prints it, for server components: its zone and language come from the settings. */
export async function SiteTime({ iso, prefix }: { iso: string; prefix?: string }) {
  const format = dateFormatOf(await getSiteSettings());
  // eslint-disable-next-line react-hooks/purity -- a server render runs once; the browser recomputes "recent" itself
  return <TimeStamp iso={iso} prefix={prefix} format={format} now={Date.now()} />;
}
