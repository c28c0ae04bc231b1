import type { UserRole } from '@/lib/db/schema/enums';

/** What the signed-in user may see of their own account (never the password hash). */
export type AccountDto = { id: number; name: string; email: string; role: UserRole };
