import { useId } from 'react';
import { Link } from 'wouter';
import { LoadingStatus } from '@/components/ui/loading-status';
import { QueryError } from '@/components/ui/query-error';
import { useTranslation } from '@/lib/i18n';
import { NEWEST_PRODUCTS_QUERY, useProducts } from '../api/get-products';
import { ProductGrid, ProductGridSkeleton } from './product-grid';

export function NewestProducts() {
  const { t } = useTranslation();
  const headingId = useId();
  const products = useProducts(NEWEST_PRODUCTS_QUERY, { keepPrevious: true });

  let content;
  if (products.data) {
    content =
      products.data.items.length > 0 ? (
        <ProductGrid products={products.data.items} />
      ) : (
        <p className="empty-state">{t('home.newestEmpty')}</p>
      );
  } else if (products.isError && !products.isFetching) {
    content = <QueryError error={products.error} onRetry={() => void products.refetch()} />;
  } else {
    content = (
      <>
        <LoadingStatus />
        <ProductGridSkeleton count={4} />
      </>
    );
  }

  return (
    <section className="section container" aria-labelledby={headingId}>
      <div className="section__heading">
        <h2 id={headingId}>{t('home.newestTitle')}</h2>
        <Link to="/products" className="section__more">
          {t('home.seeAll')}
        </Link>
      </div>
      {content}
    </section>
  );
}
