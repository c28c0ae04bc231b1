import { z } from 'zod';
import { isTimeZone, LANGUAGE_CODES, type DateFormat } from '@/lib/dates/date-format';

/**
 * The publication itself, as data: what admins edit at /newsroom/settings and every page reads through one
 * cached read tagged `site`. Nothing about a particular publication lives in code; these are the values of a
 * site nobody has set up yet.
 */

const text = (max: number, what: string) => z.string().trim().max(max, `${what} is at most ${max.toLocaleString('en-GB')} characters`);

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** A path on this site: one leading slash (`//host` would leave it), no spaces or backslashes. */
const SITE_PATH = /^\/(?![/\\])[^\s\\]*$/;

const label = z.string().trim().min(1, 'Give the link a label').max(60, 'Labels are at most 60 characters');

/** A menu entry: a page of this site (`/about`) or another site's http(s) address (a "Donate" page). */
export const navLinkSchema = z.object({
  label,
  url: z
    .string()
    .trim()
    .max(500, 'Addresses are at most 500 characters')
    .refine((u) => SITE_PATH.test(u) || isWebAddress(u), 'Use an address on this site (/about) or an http(s) address'),
});
export type NavLink = z.infer<typeof navLinkSchema>;

/** A profile elsewhere (Mastodon, Instagram…): footer links and the Organization's `sameAs`. */
export const socialLinkSchema = z.object({
  label,
  url: z.string().trim().max(500, 'Addresses are at most 500 characters').refine(isWebAddress, 'Use an http(s) address'),
});

/** What admins edit as text. Images are uploaded through their own route (see site-images.ts). */
export const editableSiteSettingsSchema = z.object({
  publicationName: z.string().trim().min(1, 'Name the publication').max(120, 'The name is at most 120 characters'),
  tagline: text(200, 'The tagline'),
  /** The meta description of the front page and the feeds' description. */
  description: text(500, 'The description'),
  /** The "about us" boilerplate at the foot of every story and page. */
  about: text(2000, 'The boilerplate'),
  /** The publication's postal address, at the foot of every newsletter (anti-spam laws ask for one). */
  postalAddress: text(300, 'The postal address'),
  timeZone: z.string().max(100).refine(isTimeZone, 'Choose a time zone from the list (an IANA name such as Europe/Paris)'),
  language: z.enum(LANGUAGE_CODES, 'Choose one of the languages offered'),
  socialLinks: z.array(socialLinkSchema).max(12, 'At most 12 social links'),
  headerLinks: z.array(navLinkSchema).max(8, 'At most 8 links in the header'),
  footerLinks: z.array(navLinkSchema).max(20, 'At most 20 links in the footer'),
});
export type EditableSiteSettings = z.infer<typeof editableSiteSettingsSchema>;

/** An admin's change: any of the fields above, and nothing else. */
export const siteSettingsPatchSchema = editableSiteSettingsSchema.partial().strict();

export const siteImageSchema = z.object({ url: z.string(), width: z.number().int(), height: z.number().int() });
export type SiteImage = z.infer<typeof siteImageSchema>;
/** The site icon in the sizes browsers and phones ask for, made from one upload. */
export const siteIconSchema = z.object({ favicon: z.string(), appleTouch: z.string(), icon192: z.string(), icon512: z.string() });
export type SiteIcon = z.infer<typeof siteIconSchema>;

export const SITE_IMAGE_KINDS = ['logo', 'icon', 'share-image'] as const;
export type SiteImageKind = (typeof SITE_IMAGE_KINDS)[number];

export type SiteSettings = EditableSiteSettings & { logo: SiteImage | null; icon: SiteIcon | null; shareImage: SiteImage | null };

export const defaultSiteSettings: SiteSettings = {
  publicationName: 'Broadsheet',
  tagline: '',
  description: '',
  about: '',
  postalAddress: '',
  timeZone: 'UTC',
  language: 'en-GB',
  socialLinks: [],
  headerLinks: [],
  footerLinks: [],
  logo: null,
  icon: null,
  shareImage: null,
};

/** How each stored value is checked on the way out: a row that no longer fits falls back to the default. */
export const siteSettingValueSchemas: { [K in keyof SiteSettings]: z.ZodType<SiteSettings[K]> } = {
  ...editableSiteSettingsSchema.shape,
  logo: siteImageSchema.nullable(),
  icon: siteIconSchema.nullable(),
  shareImage: siteImageSchema.nullable(),
};

export const SITE_SETTING_KEYS = Object.keys(defaultSiteSettings) as (keyof SiteSettings)[];

export const dateFormatOf = (s: Pick<SiteSettings, 'timeZone' | 'language'>): DateFormat => ({ timeZone: s.timeZone, language: s.language });
