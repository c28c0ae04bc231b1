import 'server-only';
import { getDb } from '@/lib/db/client';
import { readSiteSettings } from '@/lib/settings/site-settings';
import { composeEmail } from './compose';
import { enqueueMail } from './outbox';

/** The sign-in link email, in the publication's name: what the reader asked for, and nothing else. */
export function signInLinkEmail({ url, publicationName }: { url: string; publicationName: string }) {
  const subject = `Sign in to ${publicationName}`;
  return {
    subject,
    ...composeEmail({
      heading: subject,
      paragraphs: ['Open this link to sign in. It works once, for 30 minutes.'],
      button: { label: 'Sign in', url },
      footer: ['If you did not ask for it, ignore this email.'],
    }),
  };
}

/** next-auth's `sendVerificationRequest`: the link goes out through the outbox, like every other email. */
export async function sendSignInLink(params: { identifier: string; url: string }): Promise<void> {
  const db = await getDb();
  const { publicationName } = await readSiteSettings(db);
  await enqueueMail(db, { kind: 'sign_in_link', to: params.identifier, ...signInLinkEmail({ url: params.url, publicationName }) });
}
