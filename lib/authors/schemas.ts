import { z } from 'zod';
import { nameSchema } from '@/lib/accounts/schemas';
import { isValidSlug, slugify } from '@/lib/articles/slug';

const text = (max: number, label: string) => z.string().trim().max(max, `${label} is at most ${max} characters`);

export const authorProfileSchema = z.object({
  displayName: nameSchema,
  // Spaces, capitals and accents are normalised ("Inés Carvalho" → "ines-carvalho"); what is left must be a slug.
  slug: z
    .string()
    .max(120)
    .transform((v) => slugify(v))
    .refine(isValidSlug, 'Use letters, digits and hyphens (and not a word the site reserves)'),
  title: text(100, 'The title'),
  shortBio: text(280, 'The short bio'),
  longBio: text(4000, 'The long bio'),
  links: z
    .array(
      z.object({
        label: text(40, 'A link label').min(1, 'Give the link a label'),
        url: z.url({ protocol: /^https?$/, error: 'Links must be http(s) addresses' }).max(500),
      }),
    )
    .max(5, 'At most 5 links'),
});
