import 'server-only';
import { createTransport } from 'nodemailer';
import { readSiteSettings } from '@/lib/settings/site-settings';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The sign-in link email, in the publication's name: what the reader asked for, and nothing else. */
export function signInLinkEmail({ url, publicationName }: { url: string; publicationName: string }) {
  const subject = `Sign in to ${publicationName}`;
  const text = `${subject}\n\nOpen this link to sign in (it works once, for 30 minutes):\n${url}\n\nIf you did not ask for it, ignore this email.\n`;
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;max-width:32rem;margin:0 auto;padding:1.5rem">
<h1 style="font-size:1.25rem">${escapeHtml(subject)}</h1>
<p><a href="${escapeHtml(url)}" style="display:inline-block;padding:.6rem 1rem;background:#111;color:#fff;border-radius:4px;text-decoration:none">Sign in</a></p>
<p style="color:#555">The link works once, for 30 minutes. If you did not ask for it, ignore this email.</p>
</body></html>`;
  return { subject, text, html };
}

/** next-auth's `sendVerificationRequest`: sends the link through EMAIL_SERVER, from the publication by name. */
export async function sendSignInLink(params: { identifier: string; url: string; provider: { server: unknown; from?: string } }): Promise<void> {
  const { publicationName } = await readSiteSettings();
  const mail = signInLinkEmail({ url: params.url, publicationName });
  const transport = createTransport(params.provider.server as Parameters<typeof createTransport>[0]);
  await transport.sendMail({ to: params.identifier, from: { name: publicationName, address: params.provider.from ?? '' }, ...mail });
}
