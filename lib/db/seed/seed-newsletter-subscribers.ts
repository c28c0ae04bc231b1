import { asc, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { newsletters, newsletterSubscriptions } from '@/lib/db/schema';

/** `count` confirmed addresses (bench-N@example.org) on the first newsletter, for the sending benchmark; its slug. */
export async function seedNewsletterSubscribers(db: Db, count: number): Promise<string> {
  const [list] = await db.select().from(newsletters).orderBy(asc(newsletters.position), asc(newsletters.id)).limit(1);
  if (!list) throw new Error('No newsletter to subscribe to: seed the demo first');
  await db.execute(sql`
    insert into ${newsletterSubscriptions} (newsletter_id, email, status, confirmed_at)
    select ${list.id}, 'bench-' || i || '@example.org', 'confirmed', now() from generate_series(1, ${count}::int) i
    on conflict do nothing`);
  return list.slug;
}
