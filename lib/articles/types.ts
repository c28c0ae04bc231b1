import type { ArticleStatus, ClaimStatus, CommentMode } from '@/lib/db/schema/enums';
import type { BodyDocument } from './document';

/** What pages and feeds show of a story in a list. Dates are ISO strings: DTOs pass through the data cache as JSON. */
export type ArticleCard = {
  id: number;
  slug: string;
  url: string;
  headline: string;
  dek: string;
  section: { slug: string; name: string };
  publishedAt: string;
  updatedAt: string | null;
  commentCount: number;
  claimStatus: ClaimStatus | null;
  hero: { url: string; alt: string; width: number; height: number } | null;
  authors: { slug: string; name: string }[];
};

export type ArticleDetail = Omit<ArticleCard, 'hero'> & {
  status: ArticleStatus;
  description: string;
  body: BodyDocument;
  sectionId: number;
  hero: (NonNullable<ArticleCard['hero']> & { caption: string; credit: string }) | null;
  tags: { slug: string; name: string }[];
  claimNote: string | null;
  commentMode: CommentMode;
  updates: { id: number; kind: 'update' | 'correction'; body: string; createdAt: string }[];
  /** Cards for the inline "See what's next" links in the body, by slug (missing or unpublished ones are absent). */
  inlineCards: Record<string, ArticleCard>;
};

export const articleUrl = (sectionSlug: string, slug: string) => `/${sectionSlug}/${slug}`;

/** Where a story (in its section) or a page (at the top level) is read, from its row. */
export const readerPath = (row: { kind: string; section: string | null; slug: string }) =>
  row.kind === 'page' || !row.section ? `/${row.slug}` : articleUrl(row.section, row.slug);
