import { storage } from '@/lib/storage/storage';
import { otherMethods } from '@/lib/http/route';

// GET /uploads/[...key] – an uploaded file; content-hashed names make it safe to cache for a year
export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const file = await storage.get((await params).key.join('/'));
  if (!file) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(file.bytes), {
    headers: { 'Content-Type': file.contentType, 'Cache-Control': 'public, max-age=31536000, immutable', 'X-Content-Type-Options': 'nosniff' },
  });
}

// Every other method: 405 with Allow and the JSON error shape.
export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
