import { describe, expect, it } from 'vitest';
import { formatDateTime, isTimeZone, longestRelativeTime, relativePhrases, relativeTime, relativeTimeIn, timeZoneNames } from '@/lib/dates/date-format';
import { fromWallTime, toWallTime } from '@/lib/dates/wall-time';

const at = '2026-11-29T14:05:00.000Z'; // 15:05 in Paris (winter), 09:05 in New York

describe('dates in the publication’s time zone and language', () => {
  it('prints the same instant as each language and zone expects', () => {
    expect(formatDateTime(at, { timeZone: 'Europe/Paris', language: 'fr' })).toBe('29 nov. 2026, 15:05');
    expect(formatDateTime(at, { timeZone: 'Europe/Paris', language: 'de' })).toBe('29.11.2026, 15:05');
    expect(formatDateTime(at, { timeZone: 'Europe/Madrid', language: 'es' })).toBe('29 nov 2026, 15:05');
    expect(formatDateTime(at, { timeZone: 'America/New_York', language: 'en-US' })).toBe('Nov 29, 2026, 9:05 AM');
    expect(formatDateTime(at, { timeZone: 'UTC', language: 'en-GB' })).toBe('29 Nov 2026, 14:05');
  });

  it('reads recent times as relative, in the language, and older or future ones as dates', () => {
    const now = Date.parse(at);
    expect(relativeTime(at, now + 20_000, 'en-GB')).toBe('now');
    expect(relativeTime(at, now + 12 * 60_000, 'en-GB')).toBe('12 minutes ago');
    expect(relativeTime(at, now + 12 * 60_000, 'fr')).toBe('il y a 12 minutes');
    expect(relativeTime(at, now + 3 * 3_600_000 + 59 * 60_000, 'de')).toBe('vor 3 Stunden');
    expect(relativeTime(at, now + 3_600_000, 'es')).toBe('hace 1 hora');
    expect(relativeTime(at, now + 24 * 3_600_000, 'en-GB')).toBeNull();
    expect(relativeTime(at, now - 5 * 60_000, 'en-GB')).toBeNull();
    expect(relativeTime(at, now - 30_000, 'en-GB')).toBe('now'); // a clock a little behind
  });

  it('hands the browser every relative phrase as plain data, which reads the same as the server', () => {
    const now = Date.parse(at);
    // What the page carries to the browser: JSON, no Intl object.
    const fr = JSON.parse(JSON.stringify(relativePhrases('fr')));
    expect(fr.minutes).toHaveLength(60);
    expect(fr.hours).toHaveLength(24);
    for (const ago of [0, 20_000, 60_000, 12 * 60_000, 59 * 60_000 + 59_000, 3_600_000, 23 * 3_600_000 + 59 * 60_000, 24 * 3_600_000, -30_000, -5 * 60_000]) {
      expect(relativeTimeIn(fr, at, now + ago)).toBe(relativeTime(at, now + ago, 'fr'));
    }
    expect(relativeTimeIn(fr, at, now + 60_000)).toBe('il y a 1 minute');
    expect(relativeTimeIn(fr, at, now + 23 * 3_600_000)).toBe('il y a 23 heures');
  });

  it('reserves the width of the longest relative text', () => {
    expect(longestRelativeTime('en-GB')).toBe('59 minutes ago');
    expect(longestRelativeTime('fr')).toBe('il y a 59 minutes');
  });

  it('knows IANA zone names and nothing else', () => {
    expect(isTimeZone('Europe/Paris')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('europe/paris')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(timeZoneNames()[0]).toBe('UTC');
    expect(timeZoneNames()).toContain('Pacific/Auckland');
  });

  it('reads the newsroom’s "publish at" on the publication’s clock, summer or winter', () => {
    expect(fromWallTime('2027-01-15T09:00', 'Europe/Paris')?.toISOString()).toBe('2027-01-15T08:00:00.000Z');
    expect(fromWallTime('2027-07-15T09:00', 'Europe/Paris')?.toISOString()).toBe('2027-07-15T07:00:00.000Z');
    expect(fromWallTime('2027-01-15T09:00', 'America/New_York')?.toISOString()).toBe('2027-01-15T14:00:00.000Z');
    expect(fromWallTime('2027-01-15 09:00', 'UTC')).toBeNull();
    expect(fromWallTime('not a time', 'UTC')).toBeNull();
    expect(toWallTime(new Date('2027-01-15T08:00:00Z'), 'Europe/Paris')).toBe('2027-01-15T09:00');
    expect(toWallTime(new Date('2027-07-15T07:00:00Z'), 'Europe/Paris')).toBe('2027-07-15T09:00');
  });
});
