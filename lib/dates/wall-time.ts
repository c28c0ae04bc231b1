import { TZDate } from '@date-fns/tz';

/** The clock on a newsroom's wall: `datetime-local` values read in the publication's time zone. */

/** `datetime-local` text ("2027-01-15T09:00") for an instant, on the clock of `timeZone`. */
export function toWallTime(instant: Date, timeZone: string): string {
  const d = new TZDate(instant.getTime(), timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
}

/**
 * The instant a `datetime-local` value means on the clock of `timeZone`: 09:00 in Europe/Paris is 08:00 UTC in
 * winter and 07:00 UTC in summer. Null for text that is not such a value.
 */
export function fromWallTime(wall: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(wall);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  return new Date(new TZDate(year, month - 1, day, hour, minute, timeZone).getTime());
}
