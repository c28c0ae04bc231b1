import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';
import { otherMethods, privateUnlessSaid } from '@/lib/http/route';

type Ctx = { params: Promise<{ nextauth: string[] }> };

// GET/POST /api/auth/* – next-auth: CSRF token, credentials sign-in, session, sign-out
async function handler(request: Request, ctx: Ctx) {
  // Sessions, CSRF tokens and sign-in redirects are personal: never stored by a proxy.
  return privateUnlessSaid(await NextAuth(authOptions())(request, ctx));
}

export { handler as GET, handler as POST };

// Every other method: 405 with Allow and the JSON error shape.
export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
