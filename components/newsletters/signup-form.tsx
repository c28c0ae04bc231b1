import { Button } from '@/components/ui/controls';

/**
 * A newsletter sign-up as a plain HTML form: it works without JavaScript (the API answers a form post with a
 * redirect back to the newsletter's page). The `website` field is hidden from people; bots fill it in.
 */
export function SignupForm({ slug, id }: { slug: string; id: string }) {
  return (
    <form action={`/api/newsletters/${slug}/subscriptions`} method="post" className="flex flex-wrap items-end gap-2">
      <label htmlFor={id} className="sr-only">
        Email address
      </label>
      <input
        id={id}
        type="email"
        name="email"
        required
        autoComplete="email"
        placeholder="you@example.org"
        className="min-w-0 flex-1 rounded border border-neutral-400 bg-white px-3 py-2 text-neutral-900 dark:border-neutral-600 dark:bg-neutral-900 dark:text-neutral-100"
      />
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label>
          Leave this empty
          <input type="text" name="website" tabIndex={-1} autoComplete="off" />
        </label>
      </div>
      <Button type="submit" variant="primary">
        Subscribe
      </Button>
    </form>
  );
}
