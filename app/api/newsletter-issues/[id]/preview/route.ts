import { idOrNotFound } from '@/lib/http/params';
import { otherMethods, signedInRoute } from '@/lib/http/route';
import { previewIssue } from '@/lib/newsletters/issues';

// GET /api/newsletter-issues/{id}/preview – the email's HTML as subscribers get it (editors); ?format=text for its text part
export const GET = signedInRoute<{ id: string }>('GET newsletter issue preview', 'newsletter:send', async (request, { id }, actor) => {
  const email = await previewIssue(actor, idOrNotFound(id, 'Issue'));
  const asText = new URL(request.url).searchParams.get('format') === 'text';
  return new Response(asText ? email.text : email.html, {
    headers: { 'Content-Type': asText ? 'text/plain; charset=utf-8' : 'text/html; charset=utf-8', 'Cache-Control': 'private, no-store' },
  });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
