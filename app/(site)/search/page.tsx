import type { Metadata } from 'next';
import { ArticleCard } from '@/components/article/article-card';
import { Pagination } from '@/components/ui/pagination';
import { getSections } from '@/lib/articles/reads';
import { MARK_END, MARK_START, searchArticles, searchQuerySchema } from '@/lib/search/search-articles';
import { SlugOptions } from '@/components/ui/slug-options';
import { Button, Input, Select } from '@/components/ui/controls';

// Results depend on the query string: rendered per request, from cached searches.
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The query as typed, the query as understood (null when invalid) and its results (searches are cached). */
async function runSearch(raw: Record<string, string | string[] | undefined>) {
  const input = { q: first(raw.q) ?? '', section: first(raw.section) ?? '', page: first(raw.page) ?? '1' };
  const parsed = searchQuerySchema.safeParse(input);
  const query = parsed.success ? parsed.data : null;
  return { input, parsed, query, result: query ? await searchArticles(query) : null };
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { input, query, result } = await runSearch(await searchParams);
  if (!input.q) return { title: 'Search' };
  if (!query) return { title: 'Search', robots: { index: false } };
  // A search that finds stories is a page a reader may look for (a topic's stories); one that finds nothing is
  // kept out of search engines, so text someone links to as a query never becomes a page of ours.
  return { title: `Search: ${query.q}`, robots: { index: Boolean(result && result.total > 0), follow: true } };
}

function Snippet({ text }: { text: string }) {
  const parts = text.split(new RegExp(`(${MARK_START}[^${MARK_END}]*${MARK_END})`));
  return (
    <p className="text-sm text-neutral-700 dark:text-neutral-300">
      {parts.map((part, i) =>
        part.startsWith(MARK_START) ? <mark key={i}>{part.slice(1, -1)}</mark> : <span key={i}>{part}</span>,
      )}
    </p>
  );
}

export default async function SearchPage({ searchParams }: Props) {
  const [{ input, parsed, query, result }, sections] = await Promise.all([runSearch(await searchParams), getSections()]);
  const hrefFor = (page: number) =>
    `/search?${new URLSearchParams({ q: query?.q ?? '', ...(query?.section && { section: query.section }), ...(page > 1 && { page: String(page) }) })}`;

  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">Search</h1>
      <form action="/search" role="search" className="flex flex-wrap gap-2">
        <label htmlFor="search-q" className="sr-only">
          Search for
        </label>
        <Input
          id="search-q"
          name="q"
          type="search"
          defaultValue={input.q}
          maxLength={200}
          pad="md" className="min-w-0 flex-1"
        />
        <label htmlFor="search-section" className="sr-only">
          Section
        </label>
        <Select
          id="search-section"
          name="section"
          defaultValue={input.section}
          pad="md"
        >
          <option value="">All sections</option>
          <SlugOptions items={sections} />
        </Select>
        <Button type="submit" variant="primary">
          Search
        </Button>
      </form>

      {!parsed.success && (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {parsed.error.issues.map((i) => i.message).join('. ')}.
        </p>
      )}
      {result && query?.q && (
        <p aria-live="polite" className="text-sm text-neutral-600 dark:text-neutral-400">
          {result.total === 0
            ? `No stories match “${query.q}”.`
            : `${result.totalCapped ? `${result.total}+` : result.total} ${result.total === 1 ? 'story matches' : 'stories match'} “${query.q}”.`}
        </p>
      )}
      {result && result.hits.length > 0 && (
        <ol className="space-y-8">
          {result.hits.map((hit) => (
            <li key={hit.card.id} className="space-y-2">
              <ArticleCard card={hit.card} variant="compact" level={2} />
              <Snippet text={hit.snippet} />
            </li>
          ))}
        </ol>
      )}
      {result && <Pagination page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} />}
      {!query?.q && (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">
          Search headlines and stories. Use quotes for a phrase and a minus sign to leave a word out. Or browse the{' '}
          <a href="/" className="underline">
            front page
          </a>
          .
        </p>
      )}
    </div>
  );
}
