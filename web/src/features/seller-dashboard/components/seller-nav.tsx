import { Link } from 'wouter';
import { useSellerTexts } from '../i18n';

export const SELLER_PATHS = {
  products: '/seller',
  orders: '/seller/orders',
  balance: '/seller/balance',
  shipping: '/seller/shipping',
} as const;

export type SellerSection = keyof typeof SELLER_PATHS;

const SECTIONS: readonly SellerSection[] = ['products', 'orders', 'balance', 'shipping'];

/** The seller space's four sections, the current one marked for screen readers too. */
export function SellerNav({ current }: { current: SellerSection }) {
  const { t } = useSellerTexts();
  return (
    <nav className="seller-nav" aria-label={t('nav.label')}>
      <ul className="seller-nav__list">
        {SECTIONS.map((section) => (
          <li key={section}>
            <Link
              to={SELLER_PATHS[section]}
              className="seller-nav__link"
              aria-current={section === current ? 'page' : undefined}
              data-testid={`seller-nav-${section}`}
            >
              {t(`nav.${section}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
