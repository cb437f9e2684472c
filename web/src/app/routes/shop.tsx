import { useId } from 'react';
import { Link, useParams } from 'wouter';
import { pageCount } from '@hirfa/shared';
import { LoadingStatus } from '@/components/ui/loading-status';
import { QueryError } from '@/components/ui/query-error';
import { ProductGrid, ProductGridSkeleton } from '@/features/catalog/components/product-grid';
import { useShop } from '@/features/shops/api/get-shop';
import { shopProductsQuery, useShopProducts } from '@/features/shops/api/get-shop-products';
import { ShopPagination, shopPageHref } from '@/features/shops/components/shop-pagination';
import { ShopProfile } from '@/features/shops/components/shop-profile';
import { useShopTexts } from '@/features/shops/i18n';
import { readShopPage, shopPath } from '@/features/shops/utils/shop-path';
import { isApiError } from '@/lib/api-client';
import { useTranslation } from '@/lib/i18n';
import { useSearchParams } from '@/lib/search-params';
import { useDocumentTitle } from '@/lib/use-document-title';

function ShopProducts({ slug }: { slug: string }) {
  const { t } = useShopTexts();
  const headingId = useId();
  const page = readShopPage(useSearchParams());
  const products = useShopProducts(shopProductsQuery(slug, page));
  const data = products.data;
  const pages = data ? pageCount(data.total, data.limit) : 0;

  let content;
  if (data) {
    content =
      data.items.length > 0 ? (
        <>
          <ProductGrid products={data.items} busy={products.isPlaceholderData} />
          <ShopPagination pathname={shopPath(slug)} page={data.page} pageCount={pages} />
        </>
      ) : (
        <div className="empty-state">
          {data.total > 0 ? (
            <Link to={shopPageHref(shopPath(slug), 1)}>{t('firstPage')}</Link>
          ) : (
            <p>{t('empty')}</p>
          )}
        </div>
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
    <section className="shop-products" aria-labelledby={headingId}>
      <div className="shop-products__heading">
        <h2 id={headingId}>{t('products')}</h2>
        {data ? (
          <p className="shop-products__count">{t('productCount', { count: data.total })}</p>
        ) : null}
      </div>
      {content}
    </section>
  );
}

export function ShopRoute() {
  const { t } = useShopTexts();
  const { t: tGlobal } = useTranslation();
  const { slug = '' } = useParams<{ slug?: string }>();
  const shop = useShop(slug);
  const notFound = shop.isError && isApiError(shop.error) && shop.error.isNotFound;
  useDocumentTitle(
    shop.data?.name ??
      (notFound ? t('notFoundTitle') : shop.isError ? tGlobal('status.errorTitle') : undefined),
  );

  if (notFound) {
    return (
      <div className="container notice">
        <h1>{t('notFoundTitle')}</h1>
        <p>{t('notFoundText')}</p>
        <Link to="/products" className="button button--primary">
          {t('backToCatalogue')}
        </Link>
      </div>
    );
  }

  return (
    <div className="container shop-page">
      {shop.data ? (
        <ShopProfile shop={shop.data} />
      ) : shop.isError && !shop.isFetching ? (
        <QueryError error={shop.error} onRetry={() => void shop.refetch()} />
      ) : (
        <LoadingStatus />
      )}
      {/* Asked for alongside the shop rather than after it; a shop that is not found hides it. */}
      <ShopProducts slug={slug} />
    </div>
  );
}
