import { Picture } from '@/components/ui/picture';
import type { AuthorProfile } from '@/lib/articles/listings';

export function AuthorBioBox({ author }: { author: Pick<AuthorProfile, 'slug' | 'name' | 'title' | 'shortBio' | 'avatarUrl'> }) {
  return (
    <aside aria-label={`About ${author.name}`} className="flex gap-4 rounded border border-neutral-200 p-4 dark:border-neutral-800">
      {author.avatarUrl && (
        <Picture src={author.avatarUrl} alt={`Portrait of ${author.name}`} width={64} height={64} className="h-16 w-16 rounded-full" />
      )}
      <div className="space-y-1 text-sm">
        <p>
          <a href={`/author/${author.slug}`} className="font-semibold hover:underline">
            {author.name}
          </a>
          {author.title && <span className="text-neutral-600 dark:text-neutral-400"> · {author.title}</span>}
        </p>
        <p>{author.shortBio}</p>
      </div>
    </aside>
  );
}
