import { NextResponse } from 'next/server';
import { readJson, otherMethods, signedInRoute } from '@/lib/http/route';
import { deleteNewsletter, updateNewsletter } from '@/lib/newsletters/manage-newsletters';

// PATCH /api/newsletters/{slug} {name?, slug?, description?, senderName?, senderEmail?} – admins, audited
export const PATCH = signedInRoute<{ slug: string }>('PATCH newsletter', 'newsletter:manage', async (request, { slug }, actor) => {
  return NextResponse.json({ newsletter: await updateNewsletter(actor, slug, await readJson(request)) });
});

// DELETE /api/newsletters/{slug} – the list and its subscribers go (admins), audited
export const DELETE = signedInRoute<{ slug: string }>('DELETE newsletter', 'newsletter:manage', async (request, { slug }, actor) => {
  await deleteNewsletter(actor, slug);
  return new NextResponse(null, { status: 204 });
});

export const { GET, POST, PUT } = otherMethods('PATCH', 'DELETE');
