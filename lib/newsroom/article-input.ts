import { z } from 'zod';
import { bodyDocumentSchema, documentToPlainText, safeHref, safeImageSrc, type BodyDocument, type InlineNode } from '@/lib/articles/document';
import { claimStatus, commentMode } from '@/lib/db/schema/enums';

/**
 * What the newsroom editor sends. The body must be a document the site can render as written: unknown node
 * types fail validation, and a link or image the renderer would drop (`javascript:`, another site's image) is
 * refused here with the field named, so nobody publishes a story that silently loses parts.
 */

const slugRef = z.string().trim().min(1).max(200);

function unsafeParts(doc: BodyDocument): string | null {
  const inline = (nodes: readonly InlineNode[] | undefined) => {
    for (const node of nodes ?? []) {
      for (const mark of node.type === 'text' ? (node.marks ?? []) : []) {
        if (mark.type === 'link' && safeHref(mark.attrs.href) === null) return `The link “${mark.attrs.href.slice(0, 80)}” is not allowed: use http, https or mailto.`;
      }
    }
    return null;
  };
  for (const block of doc.content) {
    if (block.type === 'image' && safeImageSrc(block.attrs.src) === null) return 'Images must be uploaded here, not linked from another site.';
    const children =
      block.type === 'paragraph' || block.type === 'heading' || block.type === 'pullQuote'
        ? [block.content]
        : block.type === 'blockquote'
          ? block.content.map((p) => p.content)
          : block.type === 'bulletList' || block.type === 'orderedList'
            ? block.content.flatMap((item) => item.content.map((p) => p.content))
            : [];
    for (const nodes of children) {
      const problem = inline(nodes);
      if (problem) return problem;
    }
  }
  return null;
}

export const articleBodySchema = bodyDocumentSchema.superRefine((doc, ctx) => {
  const problem = unsafeParts(doc);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const articleFieldsSchema = z.object({
  headline: z.string().trim().min(1, 'Write a headline').max(200, 'Keep the headline under 200 characters'),
  dek: z.string().trim().max(400, 'Keep the standfirst under 400 characters').default(''),
  /** Normalised by the service ("Café Prices!" → "cafe-prices"); empty means "from the headline". */
  slug: z.string().max(200).default(''),
  section: slugRef,
  /** Tag names; unknown ones are created. */
  tags: z.array(z.string().trim().min(1).max(60)).max(20, 'At most 20 tags').default([]),
  /** Author profile slugs, in byline order. */
  authors: z.array(slugRef).min(1, 'Choose at least one author').max(10),
  heroMediaId: z.number().int().positive().nullable().default(null),
  claimStatus: z.enum(claimStatus.enumValues).nullable().default(null),
  claimNote: z.string().trim().max(500).default(''),
  commentMode: z.enum(commentMode.enumValues).default('open'),
  body: articleBodySchema,
});
export type ArticleFields = z.infer<typeof articleFieldsSchema>;

/** A save: every field, plus the version the editor started from (a later save by someone else is a 409). */
export const saveArticleSchema = articleFieldsSchema.extend({ version: z.number().int().positive() });
export type SaveArticleInput = z.infer<typeof saveArticleSchema>;

/** A new article needs only a headline and a section; bylines default to the writer. */
export const createArticleSchema = articleFieldsSchema.partial({ authors: true, body: true }).pick({
  headline: true,
  section: true,
  dek: true,
  authors: true,
  body: true,
});
export type CreateArticleInput = z.infer<typeof createArticleSchema>;

/** A page (About, Contact…) has a title, a standfirst, an address, a picture and a body: none of a story's extras. */
export const pageFieldsSchema = articleFieldsSchema.pick({ headline: true, dek: true, slug: true, heroMediaId: true, body: true });
export const savePageSchema = pageFieldsSchema.extend({ version: z.number().int().positive() });
export const createPageSchema = z.object({ kind: z.literal('page'), headline: articleFieldsSchema.shape.headline, dek: articleFieldsSchema.shape.dek });

export const publicationSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('publish') }),
  z.object({ action: z.literal('schedule'), at: z.iso.datetime({ offset: true, message: 'Give a date and time' }) }),
  z.object({ action: z.literal('unpublish') }),
  z.object({ action: z.literal('archive') }),
]);
export type PublicationInput = z.infer<typeof publicationSchema>;

export const articleUpdateSchema = z.object({
  kind: z.enum(['update', 'correction']),
  body: z.string().trim().min(3, 'Say what changed').max(1000, 'Keep it under 1,000 characters'),
});

export const emptyDocument: BodyDocument = { type: 'doc', content: [{ type: 'paragraph' }] };

/** Whether a document has any words in it: a story cannot be published empty. */
export function hasText(doc: BodyDocument): boolean {
  return documentToPlainText(doc).trim().length > 0;
}
