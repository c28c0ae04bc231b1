import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';

type Ctx = { params: Promise<{ nextauth: string[] }> };

// GET/POST /api/auth/* – next-auth: CSRF token, credentials sign-in, session, sign-out
async function handler(request: Request, ctx: Ctx) {
  return NextAuth(authOptions())(request, ctx);
}

export { handler as GET, handler as POST };
