import { Link, useLocation } from 'wouter';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useMyShop } from '../api/get-my-shop';
import { useSellerTexts } from '../i18n';
import { setFlash } from '../utils/flash';
import { ProductForm } from './product-form';

export function NewProductPage() {
  const { t } = useSellerTexts();
  useDocumentTitle(t('meta.newProductTitle'));
  const [, navigate] = useLocation();
  const shop = useMyShop();

  return (
    <div className="container seller-page seller-page--narrow">
      <p className="seller-back">
        <Link to="/seller">{t('product.back')}</Link>
      </p>
      <h1>{t('meta.newProductTitle')}</h1>
      <ProductForm
        members={shop.data?.members ?? []}
        onCreated={(product) => {
          setFlash('created');
          navigate(`/seller/products/${encodeURIComponent(product.id)}`, { replace: true });
        }}
      />
      <section className="photos photos--later">
        <h2 className="photos__title">{t('photos.title')}</h2>
        <p>{t('photos.saveFirst')}</p>
      </section>
    </div>
  );
}
