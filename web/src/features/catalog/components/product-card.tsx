import { Link } from 'wouter';
import type { ProductSummary } from '@hirfa/shared';
import { Money } from '@/components/money';
import { useTranslation } from '@/lib/i18n';
import { useTaxonomy } from '../api/get-taxonomy';
import { taxonomyName } from '../utils/taxonomy-name';
import { StockStatus } from './stock-status';

interface ProductCardProps {
  product: ProductSummary;
  /** For the first cards of a page, which are visible without scrolling. */
  priority?: boolean;
  headingLevel?: 2 | 3;
}

export function ProductCard({ product, priority = false, headingLevel = 3 }: ProductCardProps) {
  const { t, language } = useTranslation();
  const taxonomy = useTaxonomy();
  const province = taxonomyName(taxonomy.provinces, product.province, language);
  const image = product.images[0];
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const soldOut = product.stock <= 0;

  return (
    <article
      data-testid="product-card"
      className={soldOut ? 'product-card product-card--sold-out' : 'product-card'}
    >
      <div className="product-card__media">
        {image ? (
          <img
            src={image.thumbUrl}
            width={image.thumbWidth}
            height={image.thumbHeight}
            alt={image.alt}
            loading={priority ? 'eager' : 'lazy'}
            decoding={priority ? 'auto' : 'async'}
            fetchPriority={priority ? 'high' : undefined}
          />
        ) : (
          <div className="product-card__no-image">{t('product.noImage')}</div>
        )}
        <StockStatus stock={product.stock} variant="badge" />
      </div>
      <div className="product-card__body">
        <Heading className="product-card__title">
          <Link
            to={`/products/${encodeURIComponent(product.slug)}`}
            lang={product.language !== language ? product.language : undefined}
          >
            {product.title}
          </Link>
        </Heading>
        <p className="product-card__price">
          <Money value={product.price} />
        </p>
        <p className="product-card__meta">
          <span className="product-card__seller">
            {t('product.by', { name: product.seller.name })}
          </span>
          <span className="product-card__province" lang={province.lang}>
            {province.text}
          </span>
        </p>
      </div>
    </article>
  );
}
