import { useId, useMemo } from 'react';
import { Link } from 'wouter';
import { pageCount } from '@hirfa/shared';
import { LoadingStatus } from '@/components/ui/loading-status';
import { QueryError } from '@/components/ui/query-error';
import { SlottedText } from '@/components/ui/slotted-text';
import { useProducts } from '@/features/catalog/api/get-products';
import { Pagination } from '@/features/catalog/components/pagination';
import { ProductFilters } from '@/features/catalog/components/product-filters';
import { ProductGrid, ProductGridSkeleton } from '@/features/catalog/components/product-grid';
import { SortSelect } from '@/features/catalog/components/sort-select';
import {
  CATALOGUE_PATH,
  hasActiveFilters,
  parseCatalogSearch,
  toProductListQuery,
  withPage,
  withoutFilters,
  type CatalogFilters,
} from '@/features/catalog/utils/catalog-search';
import { useTranslation } from '@/lib/i18n';
import { useSearchParams, withSearch } from '@/lib/search-params';
import { useDocumentTitle } from '@/lib/use-document-title';

/** The reader's words, isolated so that Latin words read right inside Arabic text and back. */
function SearchWords({ text, q }: { text: string; q: string }) {
  return <SlottedText text={text} slots={{ query: <bdi>{q}</bdi> }} />;
}

function NoResults({ filters, total }: { filters: CatalogFilters; total: number }) {
  const { t } = useTranslation();
  const searchParams = useSearchParams();
  const filtered = hasActiveFilters(filters);

  // Past the last page: the results exist, just not this far.
  if (total > 0) {
    return (
      <div className="empty-state">
        <p>{t('catalog.empty')}</p>
        <Link to={withSearch(CATALOGUE_PATH, withPage(searchParams, 1))}>
          {t('catalog.firstPage')}
        </Link>
      </div>
    );
  }

  if (!filters.q && !filtered) {
    return <p className="empty-state">{t('home.newestEmpty')}</p>;
  }

  return (
    <div className="empty-state">
      <p className="empty-state__title">
        {filters.q ? (
          <SearchWords text={t('catalog.emptySearch')} q={filters.q} />
        ) : (
          t('catalog.empty')
        )}
      </p>
      <p>{filtered ? t('catalog.emptyFiltersHint') : t('catalog.emptySearchHint')}</p>
      <p className="empty-state__actions">
        {filtered ? (
          <Link to={withSearch(CATALOGUE_PATH, withoutFilters(filters))}>{t('catalog.reset')}</Link>
        ) : null}
        {filters.q ? <Link to={CATALOGUE_PATH}>{t('catalog.browseAll')}</Link> : null}
      </p>
    </div>
  );
}

export function ProductsRoute() {
  const { t } = useTranslation();
  const resultsId = useId();
  // The params are memoised on the query string, so the filters, and thus the query key,
  // stay the same object across renders.
  const searchParams = useSearchParams();
  const filters = useMemo(() => parseCatalogSearch(searchParams), [searchParams]);
  const query = useMemo(() => toProductListQuery(filters), [filters]);
  const products = useProducts(query, { keepPrevious: true });

  const data = products.data;
  const pages = data ? pageCount(data.total, data.limit) : 0;
  const heading = filters.q ? t('catalog.resultsFor', { query: filters.q }) : t('catalog.title');
  useDocumentTitle(
    filters.page > 1
      ? `${heading} (${t('catalog.pageOf', { page: filters.page, pages: pages || filters.page })})`
      : heading,
  );

  let results;
  if (data) {
    results =
      data.items.length > 0 ? (
        <>
          <ProductGrid products={data.items} busy={products.isPlaceholderData} />
          <Pagination page={data.page} pageCount={pages} />
        </>
      ) : (
        <NoResults filters={filters} total={data.total} />
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
        <h1>
          {filters.q ? (
            <SearchWords text={t('catalog.resultsFor')} q={filters.q} />
          ) : (
            t('catalog.title')
          )}
        </h1>
        {filters.q ? null : <p>{t('catalog.intro')}</p>}
      </header>
      <div className="catalog__layout">
        <ProductFilters filters={filters} facets={data?.facets} />
        <section className="catalog__results" aria-labelledby={data ? resultsId : undefined}>
          <div className="catalog__toolbar">
            {/* Always in the page, so that a new count is read out when filters change. */}
            <div className="catalog__count-live" aria-live="polite" aria-atomic="true">
              {data ? (
                <h2 id={resultsId} className="catalog__count">
                  {t('catalog.results', { count: data.total })}
                </h2>
              ) : null}
            </div>
            <SortSelect filters={filters} />
          </div>
          {products.isPlaceholderData ? (
            <LoadingStatus label={t('status.updating')} className="catalog__updating" />
          ) : null}
          {results}
        </section>
      </div>
    </div>
  );
}
