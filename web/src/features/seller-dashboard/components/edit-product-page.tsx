import { useEffect, useId, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { LoadingStatus } from '@/components/ui/loading-status';
import { QueryError } from '@/components/ui/query-error';
import { isApiError } from '@/lib/api-client';
import { textDirection } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useMyShop } from '../api/get-my-shop';
import { useSellerProduct } from '../api/get-seller-product';
import { useSellerTexts } from '../i18n';
import { clearFlash, peekFlash, setFlash } from '../utils/flash';
import { productTitle } from '../utils/product-title';
import { DeleteProduct } from './delete-product';
import { ModerationNotice } from './moderation-notice';
import { isNoShopError, NoShopNotice } from './no-shop-notice';
import { ProductForm } from './product-form';
import { ProductPhotos } from './product-photos';
import { listingState, ListingBadge } from './product-status';

export function EditProductPage({ id }: { id: string }) {
  const { t, language } = useSellerTexts();
  const [, navigate] = useLocation();
  const moderationId = useId();
  const product = useSellerProduct(id);
  const shop = useMyShop();
  const [flash] = useState(peekFlash);
  useEffect(() => clearFlash(), []);

  const title = product.data ? productTitle(product.data.title, language) : null;
  const notFound = product.isError && isApiError(product.error) && product.error.isNotFound;
  useDocumentTitle(
    title
      ? t('meta.editProductTitle', { title: title.text })
      : notFound
        ? t('product.notFoundTitle')
        : undefined,
  );

  const back = (
    <p className="seller-back">
      <Link to="/seller">{t('product.back')}</Link>
    </p>
  );

  if (product.isError && isNoShopError(product.error)) {
    return (
      <div className="container seller-page">
        <NoShopNotice error={product.error} />
      </div>
    );
  }
  if (notFound) {
    return (
      <div className="container seller-page">
        {back}
        <h1>{t('product.notFoundTitle')}</h1>
        <p>{t('product.notFoundText')}</p>
      </div>
    );
  }
  if (!product.data) {
    return (
      <div className="container seller-page">
        {product.isError && !product.isFetching ? (
          <QueryError error={product.error} onRetry={() => void product.refetch()} />
        ) : (
          <LoadingStatus />
        )}
      </div>
    );
  }

  const data = product.data;
  const listed = listingState(data) === 'visible';
  return (
    <div className="container seller-page seller-page--narrow">
      {back}
      <header className="seller-heading seller-heading--product">
        <h1 lang={title?.lang} dir={title?.lang ? textDirection(title.lang) : undefined}>
          {title?.text ?? t('dashboard.untitled')}
        </h1>
        <p className="seller-heading__status">
          <ListingBadge product={data} />
          {listed ? (
            <Link to={`/products/${encodeURIComponent(data.slug)}`}>{t('product.publicPage')}</Link>
          ) : null}
        </p>
      </header>
      <div role="status" className="seller-flash">
        {flash === 'created' ? <p>{t('form.created')}</p> : null}
      </div>
      <ModerationNotice moderation={data.moderation} id={moderationId} />
      {flash === 'created' ? <ProductPhotos product={data} /> : null}
      <ProductForm
        key={data.id}
        product={data}
        members={shop.data?.members ?? []}
        moderationNoticeId={data.moderation.hidden ? moderationId : undefined}
      />
      {flash === 'created' ? null : <ProductPhotos product={data} />}
      <DeleteProduct
        productId={data.id}
        onDeleted={() => {
          setFlash('deleted');
          navigate('/seller', { replace: true });
        }}
      />
    </div>
  );
}
