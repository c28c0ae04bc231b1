import { describe, expect, it } from 'vitest';
import { navLinkSchema, siteSettingsPatchSchema, socialLinkSchema } from '@/lib/settings/site-settings-schema';

describe('site settings input', () => {
  it('menu links go to a page of the site or to an http(s) address, nowhere else', () => {
    const ok = (url: string) => navLinkSchema.safeParse({ label: 'Link', url }).success;
    expect(ok('/about')).toBe(true);
    expect(ok('/')).toBe(true);
    expect(ok('/politics/page/2?x=1#top')).toBe(true);
    expect(ok('https://donate.example/give')).toBe(true);
    expect(ok('http://example.org')).toBe(true);
    expect(ok('javascript:alert(1)')).toBe(false);
    expect(ok('JAVASCRIPT:alert(1)')).toBe(false);
    expect(ok('data:text/html,<script>alert(1)</script>')).toBe(false);
    expect(ok('//evil.example')).toBe(false);
    expect(ok('/\\evil.example')).toBe(false);
    expect(ok('about')).toBe(false);
    expect(ok('mailto:news@example.org')).toBe(false);
    expect(ok('/with space')).toBe(false);
  });

  it('social links are http(s) addresses with a label', () => {
    expect(socialLinkSchema.safeParse({ label: 'Mastodon', url: 'https://mastodon.example/@x' }).success).toBe(true);
    expect(socialLinkSchema.safeParse({ label: 'Mastodon', url: '/about' }).success).toBe(false);
    expect(socialLinkSchema.safeParse({ label: ' ', url: 'https://x.example' }).success).toBe(false);
  });

  it('a change names only known fields, each checked; the name is trimmed', () => {
    expect(siteSettingsPatchSchema.parse({ publicationName: '  The Harbour Gazette ' })).toEqual({ publicationName: 'The Harbour Gazette' });
    expect(siteSettingsPatchSchema.safeParse({ colour: 'red' }).success).toBe(false);
    expect(siteSettingsPatchSchema.safeParse({ language: 'fr' }).success).toBe(true);
    expect(siteSettingsPatchSchema.safeParse({ language: 'fr-CA' }).success).toBe(false);
    expect(siteSettingsPatchSchema.safeParse({ timeZone: 'Europe/Paris' }).success).toBe(true);
    expect(siteSettingsPatchSchema.safeParse({ timeZone: 'Mars/Olympus_Mons' }).success).toBe(false);
    expect(siteSettingsPatchSchema.safeParse({ headerLinks: Array.from({ length: 9 }, () => ({ label: 'x', url: '/x' })) }).success).toBe(false);
  });
});
