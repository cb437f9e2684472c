import { Link } from 'wouter';
import { useShopTexts } from '../i18n';

interface ShopPaginationProps {
  pathname: string;
  page: number;
  pageCount: number;
}

export function shopPageHref(pathname: string, page: number): string {
  return page > 1 ? `${pathname}?page=${page}` : pathname;
}

export function ShopPagination({ pathname, page, pageCount }: ShopPaginationProps) {
  const { t } = useShopTexts();
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      {page > 1 ? (
        <Link to={shopPageHref(pathname, page - 1)} rel="prev" className="button button--ghost">
          <span aria-hidden="true" className="pagination__arrow pagination__arrow--prev" />
          {t('pagination.previous')}
        </Link>
      ) : (
        <span className="pagination__placeholder" />
      )}
      <p className="pagination__status">{t('pagination.pageOf', { page, pages: pageCount })}</p>
      {page < pageCount ? (
        <Link to={shopPageHref(pathname, page + 1)} rel="next" className="button button--ghost">
          {t('pagination.next')}
          <span aria-hidden="true" className="pagination__arrow pagination__arrow--next" />
        </Link>
      ) : (
        <span className="pagination__placeholder" />
      )}
    </nav>
  );
}
