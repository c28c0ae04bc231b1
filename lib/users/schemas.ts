import { z } from 'zod';
import { userRole } from '@/lib/db/schema/enums';
import { pageNumberSchema } from '@/lib/http/pagination';
import { signUpSchema } from '@/lib/accounts/schemas';

export const listUsersQuerySchema = z.object({
  q: z.string().trim().max(100, 'Search for at most 100 characters').default(''),
  page: pageNumberSchema.default(1),
});

const reasonSchema = z.string({ error: 'Give a reason' }).trim().min(3, 'Give a reason of a few words').max(500, 'Reasons are at most 500 characters');

/** An admin adds someone (a new writer, say) with a first password they pass on; it is changed at /account. */
export const createUserSchema = signUpSchema.extend({ role: z.enum(userRole.enumValues, { error: 'Choose reader, author, editor or admin' }) });

export const changeRoleSchema = z.object({ role: z.enum(userRole.enumValues, { error: 'Choose reader, author, editor or admin' }), reason: reasonSchema.optional() });

export const banSchema = z.object({
  reason: reasonSchema,
  /** Hours of suspension; absent for a permanent ban. */
  hours: z.number().int().min(1).max(24 * 365).optional(),
  hideComments: z.boolean().default(false),
});
