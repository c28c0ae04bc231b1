import type { BodyDocument } from '@/lib/articles/document';
import { documentToEmailHtml, documentToEmailText, escapeHtml } from '@/lib/mail/document-email';

/**
 * A newsletter issue or breaking alert as an email: a responsive single column (600 px at most, full width on a
 * phone), every style inline, no script. Everything but the per-recipient links is rendered once per issue:
 * `forRecipient` adds the footer, so sending 10,000 copies costs 10,000 string joins, not renders.
 */

export type EmailStory = {
  headline: string;
  dek: string;
  url: string;
  section: string;
  authors: string[];
  hero: { url: string; alt: string } | null;
  /** An alert carries the whole story; an issue lists stories by headline and summary. */
  body?: BodyDocument;
};

export type IssueEmailInput = {
  kind: 'issue' | 'alert';
  subject: string;
  intro: BodyDocument;
  stories: EmailStory[];
  newsletter: string;
  site: { publicationName: string; logo: { url: string; width: number; height: number } | null; postalAddress: string };
  /** The site's address: images and links in the email are absolute. */
  base: string;
};

export type RecipientLinks = { unsubscribe: string; manage: string };

const SANS = 'font-family:Arial,Helvetica,sans-serif';
const SERIF = "font-family:Georgia,'Times New Roman',serif";

const absolute = (url: string, base: string) => (url.startsWith('/') ? `${base}${url}` : url);

function storyHtml(story: EmailStory, base: string, lead: boolean): string {
  const url = escapeHtml(absolute(story.url, base));
  const hero = story.hero
    ? `<a href="${url}"><img src="${escapeHtml(absolute(story.hero.url, base))}" alt="${escapeHtml(story.hero.alt)}" width="560" style="display:block;width:100%;max-width:560px;height:auto;border:0;margin:0 0 12px"></a>`
    : '';
  const byline = story.authors.length > 0 ? `<p style="margin:0 0 12px;font-size:13px;color:#555;${SANS}">By ${escapeHtml(story.authors.join(', '))}</p>` : '';
  const body = story.body ? documentToEmailHtml(story.body, base) : '';
  return `<tr><td style="padding:0 20px 28px">
${lead ? hero : ''}<p style="margin:0 0 4px;font-size:12px;letter-spacing:.06em;text-transform:uppercase;color:#8a1c1c;${SANS}">${escapeHtml(story.section)}</p>
<h2 style="margin:0 0 8px;font-size:${lead ? 26 : 21}px;line-height:1.25;${SERIF}"><a href="${url}" style="color:#111;text-decoration:none">${escapeHtml(story.headline)}</a></h2>
${story.dek ? `<p style="margin:0 0 10px;font-size:17px;line-height:1.5;color:#333;${SERIF}">${escapeHtml(story.dek)}</p>` : ''}${byline}${body}
<p style="margin:0;${SANS};font-size:15px"><a href="${url}" style="color:#0b4f8a;font-weight:bold">${story.body ? 'Read it on the site' : 'Read the story'} →</a></p>
</td></tr>`;
}

function storyText(story: EmailStory, base: string): string {
  return [
    story.section.toUpperCase(),
    story.headline,
    story.dek,
    story.authors.length > 0 ? `By ${story.authors.join(', ')}` : '',
    story.body ? documentToEmailText(story.body, base) : '',
    absolute(story.url, base),
  ]
    .filter(Boolean)
    .join('\n');
}

export function renderIssueEmail(input: IssueEmailInput): (links: RecipientLinks) => { html: string; text: string } {
  const { site, base } = input;
  const masthead = site.logo
    ? `<img src="${escapeHtml(absolute(site.logo.url, base))}" alt="${escapeHtml(site.publicationName)}" height="40" style="display:block;height:40px;width:auto;max-width:100%;border:0;margin:0 auto">`
    : `<span style="font-size:26px;font-weight:bold;color:#111;${SERIF}">${escapeHtml(site.publicationName)}</span>`;
  const label = input.kind === 'alert' ? `<p style="margin:0 0 8px;font-size:13px;font-weight:bold;letter-spacing:.08em;text-transform:uppercase;color:#fff;background:#b00020;display:inline-block;padding:3px 8px;${SANS}">Breaking news</p>` : '';
  const intro = documentToEmailHtml(input.intro, base);
  const top = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="color-scheme" content="light"><title>${escapeHtml(input.subject)}</title></head>
<body style="margin:0;padding:0;background:#f2f2ef">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f2f2ef"><tr><td align="center" style="padding:16px 8px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;background:#fff;color:#111">
<tr><td align="center" style="padding:24px 20px 12px;border-bottom:3px solid #111"><a href="${escapeHtml(base)}/" style="text-decoration:none">${masthead}</a>
<p style="margin:8px 0 0;font-size:13px;color:#555;${SANS}">${escapeHtml(input.newsletter)}</p></td></tr>
<tr><td style="padding:24px 20px 8px">${label}${intro}</td></tr>
${input.stories.map((s, i) => storyHtml(s, base, i === 0)).join('\n')}`;
  const textTop = [
    site.publicationName,
    input.newsletter,
    '',
    input.kind === 'alert' ? 'BREAKING NEWS\n' : '',
    documentToEmailText(input.intro, base),
    '',
    ...input.stories.map((s) => `${storyText(s, base)}\n`),
  ].join('\n');
  const address = site.postalAddress ? `<p style="margin:0 0 8px">${escapeHtml(site.postalAddress)}</p>` : '';

  return (links) => {
    const footer = `<tr><td style="padding:20px;border-top:1px solid #ddd;font-size:13px;line-height:1.5;color:#555;${SANS}">
<p style="margin:0 0 8px">You receive ${escapeHtml(input.newsletter)} from ${escapeHtml(site.publicationName)} because you subscribed to it.</p>
<p style="margin:0 0 8px"><a href="${escapeHtml(links.unsubscribe)}" style="color:#555">Unsubscribe</a> · <a href="${escapeHtml(links.manage)}" style="color:#555">Manage your emails</a></p>
${address}</td></tr>
</table></td></tr></table></body></html>`;
    const textFooter = [
      '--',
      `You receive ${input.newsletter} from ${site.publicationName} because you subscribed to it.`,
      `Unsubscribe: ${links.unsubscribe}`,
      `Manage your emails: ${links.manage}`,
      site.postalAddress,
    ]
      .filter(Boolean)
      .join('\n');
    return { html: `${top}\n${footer}`, text: `${textTop}\n${textFooter}` };
  };
}
