import { mailEnabled } from '@/lib/mail/mail-config';
import { getNewsletters } from '@/lib/newsletters/manage-newsletters';
import { SignupForm } from './signup-form';

/** "Get the Morning Briefing" under every story and on the front page: the newsroom's first newsletter. */
export async function NewsletterBox() {
  if (!mailEnabled()) return null;
  const [newsletter] = await getNewsletters();
  if (!newsletter) return null;
  return (
    <section aria-labelledby="newsletter-box-heading" className="relative space-y-2 rounded border border-neutral-300 bg-neutral-50 p-4 dark:border-neutral-700 dark:bg-neutral-900">
      <h2 id="newsletter-box-heading" className="font-serif text-lg font-bold">
        Get {newsletter.name} by email
      </h2>
      {newsletter.description && <p className="text-sm text-neutral-700 dark:text-neutral-300">{newsletter.description}</p>}
      <SignupForm slug={newsletter.slug} id="newsletter-box-email" />
    </section>
  );
}
