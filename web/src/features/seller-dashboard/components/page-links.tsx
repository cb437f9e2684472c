import { Link } from 'wouter';
import { useSearchParams, withSearch } from '@/lib/search-params';
import { useSellerTexts } from '../i18n';

interface PageLinksProps {
  pathname: string;
  page: number;
  pageCount: number;
}

/** Previous and next links that keep the rest of the query (search, filter). */
export function PageLinks({ pathname, page, pageCount }: PageLinksProps) {
  const { t } = useSellerTexts();
  const searchParams = useSearchParams();
  if (pageCount <= 1) return null;

  const hrefFor = (target: number) => {
    const params = new URLSearchParams(searchParams);
    if (target > 1) params.set('page', String(target));
    else params.delete('page');
    return withSearch(pathname, params);
  };

  return (
    <nav className="page-links" aria-label={t('pagination.label')}>
      {page > 1 ? (
        <Link to={hrefFor(page - 1)} rel="prev" className="button button--ghost">
          {t('pagination.previous')}
        </Link>
      ) : (
        <span />
      )}
      <p className="page-links__status">{t('pagination.pageOf', { page, pages: pageCount })}</p>
      {page < pageCount ? (
        <Link to={hrefFor(page + 1)} rel="next" className="button button--ghost">
          {t('pagination.next')}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
