import { z } from 'zod';

/** What the newsroom sends to create or change a section. */

const name = z.string().trim().min(1, 'Name the section').max(60, 'Section names are at most 60 characters');
const description = z.string().trim().max(500, 'Descriptions are at most 500 characters');
/** Typed as the address reads; checked against the site's own routes by the service. */
const slug = z.string().trim().toLowerCase().max(60, 'Addresses are at most 60 characters');

export const createSectionSchema = z.object({ name, slug: slug.optional(), description: description.default('') });

export const updateSectionSchema = z
  .object({
    name,
    slug,
    description,
    /** Left out of the header navigation; its page and stories stay public. */
    hidden: z.boolean(),
    /** Its place in the navigation and on the front page, counted from 0. */
    position: z.number().int().min(0).max(10_000),
  })
  .partial()
  .strict();
