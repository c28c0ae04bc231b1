import { z } from 'zod';
import { emailSchema } from '@/lib/accounts/schemas';
import { articleBodySchema } from '@/lib/newsroom/article-input';
import { idSchema } from '@/lib/db/ids';

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

/** Subjects become a header: one line. */
const subject = z
  .string({ error: 'Give the issue a subject' })
  .trim()
  .min(1, 'Give the issue a subject')
  .max(200, 'Subjects are at most 200 characters')
  .refine((v) => !/[\r\n\u2028\u2029]/.test(v), 'One line only');
const articleIds = z
  .array(idSchema('Not a story id'), { error: 'A list of story ids' })
  .max(30, 'At most 30 stories in an issue')
  .refine((ids) => new Set(ids).size === ids.length, 'A story is in the issue twice');

export const createIssueSchema = z.object({
  kind: z.enum(['issue', 'alert']).default('issue'),
  subject,
  intro: articleBodySchema.optional(),
  articleIds: articleIds.default([]),
});
export const updateIssueSchema = z.object({ subject, intro: articleBodySchema, articleIds }).partial().strict();
/** No time: now. */
export const scheduleIssueSchema = z.object({ at: z.iso.datetime({ offset: true, message: 'Give a date and time' }).optional() }).strict();
/** A story sent as a breaking alert: to which list, and a subject (the headline when left out). */
export const alertSchema = z.object({ newsletter: z.string({ error: 'Choose a newsletter' }).max(60), subject: subject.optional() }).strict();
