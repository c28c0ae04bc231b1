
/** Previous / next links with "page N of M"; `hrefFor(1)` must be the list's canonical first page. */
export function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pagination" className="mt-8 flex items-center justify-between text-sm">
      {page > 1 ? (
        <a rel="prev" href={hrefFor(page - 1)} className="underline">
          ← Newer
        </a>
      ) : (
        <span />
      )}
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <a rel="next" href={hrefFor(page + 1)} className="underline">
          Older →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
