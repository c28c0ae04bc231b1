import { NextResponse } from 'next/server';
import { readJson, route, otherMethods, signedInRoute } from '@/lib/http/route';
import { createNewsletter, getNewsletters } from '@/lib/newsletters/manage-newsletters';

// GET /api/newsletters – the lists anyone can subscribe to: {newsletters: [{slug, name, description}]}
export const GET = route('GET newsletters', async () => NextResponse.json({ newsletters: await getNewsletters() }));

// POST /api/newsletters {name, slug?, description?, senderName?, senderEmail?} – a new list (admins), audited
export const POST = signedInRoute('POST newsletters', 'newsletter:manage', async (request, _params, actor) => {
  const newsletter = await createNewsletter(actor, await readJson(request));
  return NextResponse.json({ newsletter }, { status: 201 });
});

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
