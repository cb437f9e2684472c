import { Link } from 'wouter';
import { useTranslation } from '@/lib/i18n';
import { useSearchParams, withSearch } from '@/lib/search-params';
import { CATALOGUE_PATH, withPage } from '../utils/catalog-search';

interface PaginationProps {
  page: number;
  pageCount: number;
}

export function Pagination({ page, pageCount }: PaginationProps) {
  const { t } = useTranslation();
  const searchParams = useSearchParams();
  if (pageCount <= 1) return null;

  const hrefFor = (target: number) => withSearch(CATALOGUE_PATH, withPage(searchParams, target));

  return (
    <nav className="pagination" aria-label={t('catalog.pagination')}>
      {page > 1 ? (
        <Link to={hrefFor(page - 1)} rel="prev" className="button button--ghost">
          <span aria-hidden="true" className="pagination__arrow pagination__arrow--prev" />
          {t('catalog.previous')}
        </Link>
      ) : (
        <span className="pagination__placeholder" />
      )}
      <p className="pagination__status">{t('catalog.pageOf', { page, pages: pageCount })}</p>
      {page < pageCount ? (
        <Link to={hrefFor(page + 1)} rel="next" className="button button--ghost">
          {t('catalog.next')}
          <span aria-hidden="true" className="pagination__arrow pagination__arrow--next" />
        </Link>
      ) : (
        <span className="pagination__placeholder" />
      )}
    </nav>
  );
}
