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

// Making an Intl formatter is slow next to formatting with it (it loads locale data): one per language and zone, kept.
function kept<F>(formatters: Map<string, F>, key: string, make: () => F): F {
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

const dateFormatters = new Map<string, Intl.DateTimeFormat>();
const formatterFor = (f: DateFormat) =>
  kept(dateFormatters, `${f.language}|${f.timeZone}`, () => new Intl.DateTimeFormat(f.language, { dateStyle: 'medium', timeStyle: 'short', timeZone: f.timeZone }));

/** "29 Nov 2026, 15:05" (en-GB) · "Nov 29, 2026, 3:05 PM" (en-US) · "29 nov. 2026, 15:05" (fr), in the publication's zone. */
export function formatDateTime(iso: string, f: DateFormat): string {
  return formatterFor(f).format(new Date(iso));
}

/** Times younger than this read as "12 minutes ago"; older ones as a date. */
export const RELATIVE_FOR_MS = 24 * 3_600_000;

/**
 * Every phrase a relative time can read as in one language: `minutes[n]` for n minutes ago (0 is "now"), then
 * `hours[n]` for the rest of the day. Made on the server and handed to the browser as plain data, so the browser
 * shows relative times without Intl: a page's first Intl formatter costs a phone some 50 ms of locale loading.
 */
export type RelativePhrases = { minutes: string[]; hours: string[] };

const phrasesByLanguage = new Map<string, RelativePhrases>();
export function relativePhrases(language: Language): RelativePhrases {
  return kept(phrasesByLanguage, language, () => {
    const rtf = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
    const now = rtf.format(0, 'second');
    return {
      minutes: Array.from({ length: 60 }, (_, m) => (m === 0 ? now : rtf.format(-m, 'minute'))),
      hours: Array.from({ length: 24 }, (_, h) => (h === 0 ? now : rtf.format(-h, 'hour'))),
    };
  });
}

/**
 * "3 minutes ago" / "il y a 3 heures" for a time in the last day (a few seconds ahead, a clock's drift, count
 * as now); null when the time is older, or further in the future, and should be shown as a date.
 */
export function relativeTimeIn(phrases: RelativePhrases, iso: string, now: number): string | null {
  const ago = now - new Date(iso).getTime();
  if (ago < -60_000 || ago >= RELATIVE_FOR_MS) return null;
  const minutes = Math.floor(Math.max(0, ago) / 60_000);
  if (minutes < 60) return phrases.minutes[minutes]!;
  return phrases.hours[Math.floor(minutes / 60)]!;
}

export const relativeTime = (iso: string, now: number, language: Language) => relativeTimeIn(relativePhrases(language), iso, now);

/** The longest a relative time can read in `language`: the width a date reserves so the swap never shifts text. */
export function longestRelativeTime(language: Language): string {
  const { minutes, hours } = relativePhrases(language);
  // On a tie the later phrase wins: "59 minutes ago" over "10 minutes ago".
  return [...minutes, ...hours].reduce((a, b) => (b.length >= a.length ? b : a));
}
