import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/lib/env';

/**
 * next-auth takes the site's origin from X-Forwarded-Host and X-Forwarded-Proto (when SITE_URL is not set),
 * for its redirects and for whether the session cookie is Secure. Anyone can send those headers, so unless a
 * trusted proxy sets them (TRUST_PROXY=1) they are replaced by what this server knows: the Host header, over
 * http. Only the sign-in routes pass through here; every other route reads its origin in lib/http/route.ts.
 */
export function proxy(request: NextRequest) {
  if (env.TRUST_PROXY === '1' || env.SITE_URL) return NextResponse.next();
  const headers = new Headers(request.headers);
  headers.set('x-forwarded-host', request.headers.get('host') ?? '');
  headers.set('x-forwarded-proto', 'http');
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ['/api/auth/:path*'] };
