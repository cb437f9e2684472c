import type { ProductSummary } from '@hirfa/shared';
import { ProductCard } from './product-card';

/** How many cards are usually visible without scrolling on a phone or a small laptop. */
const PRIORITY_CARDS = 2;

interface ProductGridProps {
  products: readonly ProductSummary[];
  headingLevel?: 2 | 3;
  busy?: boolean;
}

export function ProductGrid({ products, headingLevel = 3, busy = false }: ProductGridProps) {
  return (
    <ul className="product-grid" aria-busy={busy || undefined}>
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard
            product={product}
            priority={index < PRIORITY_CARDS}
            headingLevel={headingLevel}
          />
        </li>
      ))}
    </ul>
  );
}

export function ProductGridSkeleton({ count }: { count: number }) {
  return (
    <ul className="product-grid product-grid--skeleton" aria-hidden="true">
      {Array.from({ length: count }, (_, index) => (
        <li key={index}>
          <div className="skeleton-card">
            <div className="skeleton-card__media" />
            <div className="skeleton-card__line" />
            <div className="skeleton-card__line skeleton-card__line--short" />
          </div>
        </li>
      ))}
    </ul>
  );
}
