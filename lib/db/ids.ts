import { z } from 'zod';

/** PostgreSQL's `integer` ceiling: every id column is an int4 identity, so no id is larger. */
export const INT4_MAX = 2_147_483_647;

/** A row id in a JSON body: a whole number from 1 to INT4_MAX. `message` (e.g. "Not a story id") names what failed. */
export const idSchema = (message?: string) => z.number(message === undefined ? undefined : { error: message }).int(message).positive(message).max(INT4_MAX, message);

/** The same, from a query string ("12"). */
export const idParamSchema = (message?: string) => z.coerce.number(message === undefined ? undefined : { error: message }).int(message).positive(message).max(INT4_MAX, message);
