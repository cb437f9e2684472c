import { useId, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { pageCount } from '@hirfa/shared';
import { LoadingStatus } from '@/components/ui/loading-status';
import { QueryError } from '@/components/ui/query-error';
import { useProducts } from '@/features/catalog/api/get-products';
import { Pagination } from '@/features/catalog/components/pagination';
import { ProductFilters } from '@/features/catalog/components/product-filters';
import { ProductGrid, ProductGridSkeleton } from '@/features/catalog/components/product-grid';
import {
  parseCatalogSearch,
  toProductListQuery,
  withPage,
} from '@/features/catalog/utils/catalog-search';
import { useTranslation } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';

export function ProductsRoute() {
  const { t } = useTranslation();
  const resultsId = useId();
  const [searchParams] = useSearchParams();
  const search = searchParams.toString();
  // Keyed on the string so the query object, and thus the query key, is stable across renders.
  const filters = useMemo(() => parseCatalogSearch(new URLSearchParams(search)), [search]);
  const query = useMemo(() => toProductListQuery(filters), [filters]);
  const products = useProducts(query, { keepPrevious: true });

  const data = products.data;
  const pages = data ? pageCount(data.total, data.limit) : 0;
  useDocumentTitle(
    filters.page > 1
      ? `${t('catalog.title')} (${t('catalog.pageOf', { page: filters.page, pages: pages || filters.page })})`
      : t('catalog.title'),
  );

  let results;
  if (data) {
    const firstPage = withPage(searchParams, 1).toString();
    results = (
      <>
        <h2 id={resultsId} className="catalog__count">
          {t('catalog.results', { count: data.total })}
        </h2>
        {products.isPlaceholderData ? (
          <LoadingStatus label={t('status.updating')} className="catalog__updating" />
        ) : null}
        {data.items.length > 0 ? (
          <>
            <ProductGrid products={data.items} busy={products.isPlaceholderData} />
            <Pagination page={data.page} pageCount={pages} />
          </>
        ) : (
          <div className="empty-state">
            <p>{t('catalog.empty')}</p>
            {data.total > 0 ? (
              <Link to={{ search: firstPage ? `?${firstPage}` : '' }}>
                {t('catalog.firstPage')}
              </Link>
            ) : (
              <Link to="/products">{t('catalog.reset')}</Link>
            )}
          </div>
        )}
      </>
    );
  } else if (products.isError && !products.isFetching) {
    results = <QueryError error={products.error} onRetry={() => void products.refetch()} />;
  } else {
    results = (
      <>
        <LoadingStatus />
        <ProductGridSkeleton count={6} />
      </>
    );
  }

  return (
    <div className="catalog container">
      <header className="page-heading">
        <h1>{t('catalog.title')}</h1>
        <p>{t('catalog.intro')}</p>
      </header>
      <div className="catalog__layout">
        <ProductFilters filters={filters} />
        <section className="catalog__results" aria-labelledby={data ? resultsId : undefined}>
          {results}
        </section>
      </div>
    </div>
  );
}
