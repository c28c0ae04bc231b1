import { z } from 'zod';
import { emailSchema } from '@/lib/accounts/schemas';

const name = z
  .string({ error: 'Name the newsletter' })
  .trim()
  .min(1, 'Name the newsletter')
  .max(80, 'Names are at most 80 characters')
  .refine((v) => !/[\r\n]/.test(v), 'One line only');
const description = z.string().trim().max(500, 'Descriptions are at most 500 characters');
const slug = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lower-case letters, digits and hyphens')
  .max(60, 'Addresses are at most 60 characters')
  // /newsletters/confirm is the confirmation page.
  .refine((v) => v !== 'confirm', 'This address is taken by the site');
/** Shown as the sender of its emails; line breaks would start a new header, so they are refused. */
const senderName = z
  .string()
  .trim()
  .max(80, 'Sender names are at most 80 characters')
  .refine((v) => !/[\r\n<>"]/.test(v), 'Sender names cannot contain line breaks, <, > or quotes');
const senderEmail = z.union([z.literal(''), emailSchema], { error: 'Enter a valid email address, or leave it empty' });

export const createNewsletterSchema = z.object({
  name,
  slug: slug.optional(),
  description: description.default(''),
  senderName: senderName.default(''),
  senderEmail: senderEmail.default(''),
});

export const updateNewsletterSchema = z.object({ name, slug, description, senderName, senderEmail }).partial().strict();
