import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/auth/actor';
import { readJson, route, otherMethods } from '@/lib/http/route';
import { deleteNewsletter, updateNewsletter } from '@/lib/newsletters/manage-newsletters';

// PATCH /api/newsletters/{slug} {name?, slug?, description?, senderName?, senderEmail?} – admins, audited
export const PATCH = route<{ slug: string }>('PATCH newsletter', async (request, { slug }) => {
  return NextResponse.json({ newsletter: await updateNewsletter(await requireActor(request), slug, await readJson(request)) });
});

// DELETE /api/newsletters/{slug} – the list and its subscribers go (admins), audited
export const DELETE = route<{ slug: string }>('DELETE newsletter', async (request, { slug }) => {
  await deleteNewsletter(await requireActor(request), slug);
  return new NextResponse(null, { status: 204 });
});

export const { GET, POST, PUT } = otherMethods('PATCH', 'DELETE');
