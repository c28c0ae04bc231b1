import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '@/lib/db/client';
import { articles, newsletterIssues, newsletters } from '@/lib/db/schema';
import { cardsQuery, published, toCards } from '@/lib/articles/cards';
import { env, siteUrl } from '@/lib/env';
import { readSiteSettings } from '@/lib/settings/site-settings';
import { renderIssueEmail, type EmailStory, type RecipientLinks } from './issue-email';

export type IssueRow = typeof newsletterIssues.$inferSelect;

export type IssueEmail = {
  subject: string;
  from: { name: string; address: string };
  /** `<slug.host>`: mail programs group a list's issues by it and offer their own unsubscribe button. */
  listId: string;
  host: string;
  forRecipient: (links: RecipientLinks) => { html: string; text: string };
};

export const siteHost = () => new URL(siteUrl).hostname;

/**
 * The issue's email as it stands now: its stories read as readers see them (one unpublished since it was
 * composed is left out), the publication's name, logo and postal address from the settings.
 */
export async function loadIssueEmail(db: Db | Tx, issue: IssueRow): Promise<IssueEmail> {
  const [newsletter] = await db.select().from(newsletters).where(eq(newsletters.id, issue.newsletterId));
  const site = await readSiteSettings(db);
  const stories = await readStories(db as Db, issue.articleIds, issue.kind === 'alert');
  const host = siteHost();
  return {
    subject: issue.subject,
    from: { name: newsletter!.senderName || site.publicationName, address: newsletter!.senderEmail || env.EMAIL_FROM! },
    listId: `<${newsletter!.slug}.${host}>`,
    host,
    forRecipient: renderIssueEmail({
      kind: issue.kind,
      subject: issue.subject,
      intro: issue.intro,
      stories,
      newsletter: newsletter!.name,
      site: { publicationName: site.publicationName, logo: site.logo, postalAddress: site.postalAddress },
      base: siteUrl,
    }),
  };
}

async function readStories(db: Db, ids: number[], withBody: boolean): Promise<EmailStory[]> {
  if (ids.length === 0) return [];
  const cards = await toCards(db, await cardsQuery(db).where(and(published, inArray(articles.id, ids))));
  const bodies = withBody ? new Map((await db.select({ id: articles.id, body: articles.body }).from(articles).where(inArray(articles.id, ids))).map((r) => [r.id, r.body])) : undefined;
  const byId = new Map(cards.map((c) => [c.id, c]));
  return ids.flatMap((id) => {
    const card = byId.get(id);
    if (!card) return [];
    return [
      {
        headline: card.headline,
        dek: card.dek,
        url: card.url,
        section: card.section.name,
        authors: card.authors.map((a) => a.name),
        hero: card.hero && { url: card.hero.url, alt: card.hero.alt },
        ...(bodies && { body: bodies.get(id) }),
      },
    ];
  });
}
