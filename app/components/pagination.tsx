import { Link } from "@remix-run/react";

/** Previous / next links that keep the other query parameters (such as the topic filter). */
export function Pagination({
  page,
  pageCount,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pagination" className="mt-10 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link to={hrefFor(page - 1)} rel="prev" className="button-secondary">
          <span aria-hidden="true">←&nbsp;</span>Newer
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-ink-soft" aria-current="page">
        Page {page} of {pageCount}
      </p>
      {page < pageCount ? (
        <Link to={hrefFor(page + 1)} rel="next" className="button-secondary">
          Older<span aria-hidden="true">&nbsp;→</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
