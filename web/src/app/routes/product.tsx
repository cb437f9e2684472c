import { Suspense } from 'react';
import { Link, useParams } from 'wouter';
import { LoadingStatus } from '@/components/ui/loading-status';
import { QueryError } from '@/components/ui/query-error';
import { AddToCart } from '@/features/cart/components/add-to-cart';
import { useProduct } from '@/features/catalog/api/get-product';
import { ProductDetails } from '@/features/catalog/components/product-details';
import { ProductGallery } from '@/features/catalog/components/product-gallery';
import { isApiError } from '@/lib/api-client';
import { useTranslation } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';

function ProductNotFound() {
  const { t } = useTranslation();
  return (
    <div className="container notice">
      <h1>{t('product.notFoundTitle')}</h1>
      <p>{t('product.notFoundText')}</p>
      <Link to="/products" className="button button--primary">
        {t('product.backToCatalogue')}
      </Link>
    </div>
  );
}

export function ProductRoute() {
  const { t } = useTranslation();
  const { slug = '' } = useParams<{ slug?: string }>();
  const product = useProduct(slug);
  const notFound = product.isError && isApiError(product.error) && product.error.isNotFound;
  useDocumentTitle(
    product.data?.title ??
      (notFound
        ? t('product.notFoundTitle')
        : product.isError
          ? t('status.errorTitle')
          : undefined),
  );

  if (notFound) return <ProductNotFound />;

  if (!product.data) {
    return (
      <div className="container product-page">
        {product.isError && !product.isFetching ? (
          <QueryError error={product.error} onRetry={() => void product.refetch()} />
        ) : (
          <LoadingStatus />
        )}
      </div>
    );
  }

  const data = product.data;
  return (
    <div className="container product-page">
      <nav aria-label={t('product.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to="/">{t('nav.home')}</Link>
          </li>
          <li>
            <Link to="/products">{t('nav.catalogue')}</Link>
          </li>
          <li>
            <span aria-current="page">{data.title}</span>
          </li>
        </ol>
      </nav>
      <div className="product-page__layout">
        <ProductGallery images={data.images} />
        <ProductDetails
          product={data}
          purchase={
            // The cart's texts may still be downloading: the product shows without waiting.
            <Suspense fallback={null}>
              <AddToCart key={data.id} productId={data.id} stock={data.stock} />
            </Suspense>
          }
        />
      </div>
    </div>
  );
}
