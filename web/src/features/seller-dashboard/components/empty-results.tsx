import { Link } from 'wouter';

interface EmptyResultsProps {
  /** A filter is narrowing the list. */
  filtered: boolean;
  /** How many items exist across all pages: past the last page there are some. */
  total: number;
  /** The list's path without filters. */
  path: string;
  texts: { emptyFiltered: string; clearFilters: string; firstPage: string; empty: string };
}

/** What an empty list page says: no match for the filters, a page past the end, or nothing yet. */
export function EmptyResults({ filtered, total, path, texts }: EmptyResultsProps) {
  return (
    <div className="empty-state">
      {filtered ? (
        <>
          <p>{texts.emptyFiltered}</p>
          <Link to={path}>{texts.clearFilters}</Link>
        </>
      ) : total > 0 ? (
        <Link to={path}>{texts.firstPage}</Link>
      ) : (
        <p>{texts.empty}</p>
      )}
    </div>
  );
}
