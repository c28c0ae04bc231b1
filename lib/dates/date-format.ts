/**
 * Dates as readers of this publication expect them: in its time zone and language. Pure functions of the
 * instant and the settings, so the server, the browser and the tests all print the same text.
 */

/** Languages the site can be published in: the `<html lang>` and the format of every date. */
export const LANGUAGES = [
  { code: 'en-GB', label: 'English (United Kingdom)' },
  { code: 'en-US', label: 'English (United States)' },
  { code: 'fr', label: 'Français' },
  { code: 'de', label: 'Deutsch' },
  { code: 'es', label: 'Español' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];
export const LANGUAGE_CODES = LANGUAGES.map((l) => l.code) as [Language, ...Language[]];

export type DateFormat = { timeZone: string; language: Language };

/** Every IANA zone name this runtime knows (the list the settings offer), plus UTC. */
export function timeZoneNames(): string[] {
  return ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC')];
}

let known: Set<string> | undefined;
export function isTimeZone(name: string): boolean {
  known ??= new Set(timeZoneNames());
  return known.has(name);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(f: DateFormat): Intl.DateTimeFormat {
  const key = `${f.language}|${f.timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(f.language, { dateStyle: 'medium', timeStyle: 'short', timeZone: f.timeZone });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** "29 Nov 2026, 15:05" (en-GB) · "Nov 29, 2026, 3:05 PM" (en-US) · "29 nov. 2026, 15:05" (fr), in the publication's zone. */
export function formatDateTime(iso: string, f: DateFormat): string {
  return formatterFor(f).format(new Date(iso));
}

/** Times younger than this read as "12 minutes ago"; older ones as a date. */
export const RELATIVE_FOR_MS = 24 * 3_600_000;

/**
 * "3 minutes ago" / "il y a 3 heures" for a time in the last day (a few seconds ahead, a clock's drift, count
 * as now); null when the time is older, or further in the future, and should be shown as a date.
 */
export function relativeTime(iso: string, now: number, language: Language): string | null {
  const ago = now - new Date(iso).getTime();
  if (ago < -60_000 || ago >= RELATIVE_FOR_MS) return null;
  const rtf = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const minutes = Math.floor(Math.max(0, ago) / 60_000);
  if (minutes < 1) return rtf.format(0, 'second');
  if (minutes < 60) return rtf.format(-minutes, 'minute');
  return rtf.format(-Math.floor(minutes / 60), 'hour');
}

/** The longest a relative time can read in `language`: the width a date reserves so the swap never shifts text. */
export function longestRelativeTime(language: Language): string {
  const rtf = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  return [rtf.format(-59, 'minute'), rtf.format(-23, 'hour'), rtf.format(0, 'second')].reduce((a, b) => (b.length > a.length ? b : a));
}
