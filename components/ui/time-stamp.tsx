import { formatDateTime, longestRelativeTime, relativeTime, type DateFormat } from '@/lib/dates/date-format';

/**
 * A date in the publication's time zone and language, the exact instant in `dateTime` and the title. A time
 * within the last day is marked for <RelativeTimes>, which shows "12 minutes ago" in the browser: a hidden
 * copy of the longest such text sits in the same grid cell, so the swap never moves the words around it.
 */
export function TimeStamp({ iso, prefix, format, now }: { iso: string; prefix?: string; format: DateFormat; now?: number }) {
  const absolute = formatDateTime(iso, format);
  const label = `${prefix ?? ''}${absolute}`; // one text node: "Published 29 Nov 2026, 15:05" reads as one string in the HTML
  const mayBeRecent = now !== undefined && relativeTime(iso, now, format.language) !== null;
  if (!mayBeRecent) {
    return (
      <time dateTime={iso} title={absolute}>
        {label}
      </time>
    );
  }
  return (
    <time dateTime={iso} title={absolute} data-relative={format.language} className="inline-grid">
      <span className="col-start-1 row-start-1" data-absolute data-prefix={prefix}>
        {label}
      </span>
      <span className="invisible col-start-1 row-start-1" data-relative-text aria-hidden="true">
        {`${prefix ?? ''}${longestRelativeTime(format.language)}`}
      </span>
    </time>
  );
}
