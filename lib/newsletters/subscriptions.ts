import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { getDb, type Tx } from '@/lib/db/client';
import { newsletters, newsletterSubscriptions } from '@/lib/db/schema';
import { assertCan, type Actor } from '@/lib/auth/actor';
import { emailSchema } from '@/lib/accounts/schemas';
import { siteUrl } from '@/lib/env';
import { AppError, notFound } from '@/lib/http/errors';
import { parseOrThrow } from '@/lib/validation/parse';
import { composeEmail } from '@/lib/mail/compose';
import { mailEnabled } from '@/lib/mail/mail-config';
import { enqueueMail } from '@/lib/mail/outbox';
import { readSignedToken, signedToken } from '@/lib/mail/signed-token';
import { consumeAll } from '@/lib/rate-limit/limiter';
import { runInBackground } from '@/lib/server/background';
import { readSiteSettings } from '@/lib/settings/site-settings';

/** A confirmation link works for a week. */
const CONFIRM_LIFETIME_MS = 7 * 24 * 60 * 60_000;

const noMail = () => new AppError('unavailable', 'This site cannot send email, so it has no newsletters to subscribe to yet.');

const subscribeSchema = z.object({
  email: emailSchema,
  /** A field people never see: a bot that fills every box fills this one too. */
  website: z.string().max(500).optional(),
});

/**
 * "Subscribe" under a story or on the front page: 202 with the same answer whatever the address's state, so no
 * one learns who subscribes; the lookup and the confirmation email happen after the answer. A bot that filled
 * the hidden field gets the same answer and nothing is done.
 */
export async function subscribe(slug: string, input: unknown, ip: string): Promise<void> {
  if (!mailEnabled()) throw noMail();
  const { email, website } = parseOrThrow(subscribeSchema, input);
  await consumeAll([
    ['newsletterSignupsPerIp', ip],
    ['newsletterSignupsPerAddress', email],
  ]);
  const db = await getDb();
  const [newsletter] = await db.select({ id: newsletters.id }).from(newsletters).where(eq(newsletters.slug, slug));
  if (!newsletter) throw notFound('Newsletter');
  if (website) return;
  runInBackground('newsletter subscription', () => askToConfirm(newsletter.id, email));
}

/**
 * New, pending, unsubscribed or bounced: (again) pending, with a confirmation email. Confirmed already: nothing (the
 * answer was the same; an email would tell a stranger's inbox about them for nothing).
 */
async function askToConfirm(newsletterId: number, email: string): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(newsletterSubscriptions)
      .values({ newsletterId, email })
      .onConflictDoUpdate({
        target: [newsletterSubscriptions.newsletterId, newsletterSubscriptions.email],
        set: { status: 'pending', unsubscribedAt: null },
        // Unsubscribed, or bounced (the mailbox may work again): asked again, by email.
        setWhere: inArray(newsletterSubscriptions.status, ['unsubscribed', 'bounced']),
      })
      .returning();
    const subscription = row ?? (await tx.select().from(newsletterSubscriptions).where(and(eq(newsletterSubscriptions.newsletterId, newsletterId), eq(newsletterSubscriptions.email, email))))[0];
    if (!subscription || subscription.status !== 'pending') return;
    await sendConfirmation(tx, subscription);
  });
}

async function sendConfirmation(tx: Tx, subscription: { id: number; newsletterId: number; email: string }) {
  const [newsletter] = await tx.select().from(newsletters).where(eq(newsletters.id, subscription.newsletterId));
  const { publicationName } = await readSiteSettings(tx);
  const expires = Math.floor((Date.now() + CONFIRM_LIFETIME_MS) / 1000);
  const token = confirmToken(subscription.id, subscription.email, expires);
  const subject = `Confirm your subscription to ${newsletter!.name}`;
  await enqueueMail(tx, {
    kind: 'newsletter_confirm',
    to: subscription.email,
    from: { name: newsletter!.senderName || publicationName, address: newsletter!.senderEmail || undefined },
    subject,
    ...composeEmail({
      heading: subject,
      paragraphs: [`Someone (we hope you) asked for ${newsletter!.name} from ${publicationName} at this address.`, 'Confirm to start receiving it. The link works for a week.'],
      button: { label: 'Confirm my subscription', url: `${siteUrl}/newsletters/confirm?token=${encodeURIComponent(token)}` },
      footer: ['If you did not ask for it, ignore this email: nothing will be sent to you.'],
    }),
  });
}

/** The subscription, its address (base64url: addresses have dots) and when the link expires, signed. */
const confirmToken = (id: number, email: string, expires: number) => signedToken('newsletter-confirm', [id, Buffer.from(email).toString('base64url'), expires]);

function readConfirmToken(token: string): { id: number; email: string; expires: number } | null {
  const parts = readSignedToken('newsletter-confirm', token, 3);
  if (!parts) return null;
  const [id, email, expires] = parts as [string, string, string];
  return { id: Number(id), email: Buffer.from(email, 'base64url').toString(), expires: Number(expires) };
}

const refused = (message: string) => new AppError('invalid_input', message, { fields: { token: message } });

/** The confirmation link, opened: the address gets issues from now on. Used twice, it says so and changes nothing. */
export async function confirmSubscription(input: unknown): Promise<{ newsletter: string; email: string }> {
  const { token } = parseOrThrow(z.object({ token: z.string({ error: 'The link is missing its token' }).max(500, 'This link is not valid') }), input);
  const read = readConfirmToken(token);
  if (!read) throw refused('This confirmation link is not valid. Subscribe again to get a new one.');
  if (read.expires * 1000 < Date.now()) throw refused('This confirmation link has expired. Subscribe again to get a new one.');
  const db = await getDb();
  const [row] = await db
    .select({ id: newsletterSubscriptions.id, status: newsletterSubscriptions.status, email: newsletterSubscriptions.email, name: newsletters.name })
    .from(newsletterSubscriptions)
    .innerJoin(newsletters, eq(newsletters.id, newsletterSubscriptions.newsletterId))
    .where(eq(newsletterSubscriptions.id, read.id));
  if (!row || row.email !== read.email) throw refused('This confirmation link is not valid. Subscribe again to get a new one.');
  if (row.status === 'unsubscribed') throw refused('You unsubscribed since this link was sent. Subscribe again to get a new one.');
  if (row.status === 'pending') await db.update(newsletterSubscriptions).set({ status: 'confirmed', confirmedAt: new Date() }).where(eq(newsletterSubscriptions.id, row.id));
  return { newsletter: row.name, email: row.email };
}

export type AccountNewsletter = { slug: string; name: string; description: string; status: 'confirmed' | 'pending' | null };

/** Every list, and whether the signed-in person's address is on it. */
export async function accountNewsletters(actor: Actor): Promise<AccountNewsletter[]> {
  const db = await getDb();
  const rows = await db
    .select({ slug: newsletters.slug, name: newsletters.name, description: newsletters.description, status: newsletterSubscriptions.status })
    .from(newsletters)
    .leftJoin(newsletterSubscriptions, and(eq(newsletterSubscriptions.newsletterId, newsletters.id), eq(newsletterSubscriptions.email, actor.email)))
    .orderBy(asc(newsletters.position), asc(newsletters.id));
  return rows.map((r) => ({ ...r, status: r.status === 'confirmed' || r.status === 'pending' ? r.status : null }));
}

/**
 * Subscribes or unsubscribes the signed-in person's own address from /account. A confirmed address needs no
 * confirmation email (it was proven); an unproven one gets one, as anyone would.
 */
export async function setAccountSubscription(actor: Actor, slug: string, on: boolean): Promise<AccountNewsletter[]> {
  assertCan(actor, 'account:edit', true);
  if (on && !mailEnabled()) throw noMail();
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [newsletter] = await tx.select({ id: newsletters.id }).from(newsletters).where(eq(newsletters.slug, slug));
    if (!newsletter) throw notFound('Newsletter');
    const key = and(eq(newsletterSubscriptions.newsletterId, newsletter.id), eq(newsletterSubscriptions.email, actor.email));
    if (!on) {
      await tx.update(newsletterSubscriptions).set({ status: 'unsubscribed', unsubscribedAt: new Date() }).where(key);
      return;
    }
    const status = actor.emailVerified ? 'confirmed' : 'pending';
    const [row] = await tx
      .insert(newsletterSubscriptions)
      .values({ newsletterId: newsletter.id, email: actor.email, userId: actor.id, status, confirmedAt: actor.emailVerified ? new Date() : null })
      .onConflictDoUpdate({
        target: [newsletterSubscriptions.newsletterId, newsletterSubscriptions.email],
        set: { userId: actor.id, status, confirmedAt: actor.emailVerified ? new Date() : null, unsubscribedAt: null },
        setWhere: eq(newsletterSubscriptions.status, actor.emailVerified ? newsletterSubscriptions.status : 'unsubscribed'),
      })
      .returning();
    if (row?.status === 'pending') await sendConfirmation(tx, row);
  });
  return accountNewsletters(actor);
}
