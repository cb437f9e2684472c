import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { ProductDetail } from '@hirfa/shared';
import { Money } from '@/components/money';
import { useTranslation } from '@/lib/i18n';
import { useTaxonomy } from '../api/get-taxonomy';
import { taxonomyName } from '../utils/taxonomy-name';
import { StockStatus } from './stock-status';

interface ProductDetailsProps {
  product: ProductDetail;
  /** The buying controls, given by the page that composes this one with the cart. */
  purchase?: ReactNode;
}

export function ProductDetails({ product, purchase }: ProductDetailsProps) {
  const { t, language } = useTranslation();
  const taxonomy = useTaxonomy();
  const province = taxonomyName(taxonomy.provinces, product.province, language);
  const craft = taxonomyName(taxonomy.crafts, product.craft, language);
  const category = taxonomyName(taxonomy.categories, product.category, language);
  const otherLanguage = (lang: string) => (lang !== language ? lang : undefined);

  return (
    <div className="product-info">
      <h1 className="product-info__title" lang={otherLanguage(product.language)}>
        {product.title}
      </h1>
      <p className="product-info__price">
        <Money value={product.price} />
      </p>
      <p className="product-info__stock">
        <StockStatus stock={product.stock} />
      </p>
      {purchase}

      <div className="seller">
        <p className="seller__label">{t('product.seller')}</p>
        <p className="seller__name">
          <Link href={`/sellers/${product.seller.slug}`}>{product.seller.name}</Link>{' '}
          <span className="seller__kind">{t(`product.${product.seller.kind}`)}</span>
        </p>
        {product.madeBy ? (
          <p className="seller__maker">{t('product.madeBy', { name: product.madeBy })}</p>
        ) : null}
      </div>

      <h2 className="product-info__heading">{t('product.details')}</h2>
      <dl className="facts">
        <div className="facts__row">
          <dt>{t('product.province')}</dt>
          <dd>
            <Link
              to={`/products?province=${encodeURIComponent(product.province)}`}
              lang={province.lang}
            >
              {province.text}
            </Link>
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t('product.craft')}</dt>
          <dd>
            <Link to={`/products?craft=${encodeURIComponent(product.craft)}`} lang={craft.lang}>
              {craft.text}
            </Link>
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t('product.category')}</dt>
          <dd>
            <Link
              to={`/products?category=${encodeURIComponent(product.category)}`}
              lang={category.lang}
            >
              {category.text}
            </Link>
          </dd>
        </div>
        {product.materials.length > 0 ? (
          <div className="facts__row">
            <dt>{t('product.materials')}</dt>
            <dd lang={otherLanguage(product.language)}>
              <ul className="materials">
                {product.materials.map((material) => (
                  <li key={material}>{material}</li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>

      <h2 className="product-info__heading">{t('product.description')}</h2>
      <div className="product-info__description" lang={otherLanguage(product.descriptionLanguage)}>
        {product.description.split(/\n{2,}/).map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
    </div>
  );
}
