import { Link, useLocation } from 'wouter';
import { useSession } from '@/lib/auth';
import { hasCartHint, useCurrentCart } from '@/lib/cart';
import { useTranslation } from '@/lib/i18n';
import './cart-link.css';

/** The header's way to the cart, with how many pieces it holds. */
export function CartLink() {
  const { t } = useTranslation();
  const [pathname] = useLocation();
  const { user } = useSession();
  const { query } = useCurrentCart({ enabled: user !== null || hasCartHint() });
  const count = query.data?.itemCount ?? 0;
  return (
    <Link
      to="/cart"
      className="site-nav__link cart-link"
      data-testid="cart-link"
      aria-current={pathname === '/cart' ? 'page' : undefined}
    >
      <span className="cart-link__icon" aria-hidden="true" />
      <span className="cart-link__label">{t('nav.cart')}</span>
      {count > 0 ? (
        <>
          <span className="cart-link__count" aria-hidden="true" data-testid="cart-count">
            {count}
          </span>
          <span className="visually-hidden"> ({t('nav.cartItems', { count })})</span>
        </>
      ) : null}
    </Link>
  );
}
