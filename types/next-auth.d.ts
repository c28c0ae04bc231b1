import type { UserRole } from '@/lib/db/schema/enums';
import 'next-auth';

declare module 'next-auth' {
  interface Session {
    user?: { id: number; role: UserRole; name?: string | null; email?: string | null; image?: string | null };
  }
}
