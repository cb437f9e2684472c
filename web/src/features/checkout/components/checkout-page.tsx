import '../checkout.css';
import { Link } from 'wouter';
import { LoadingStatus } from '@/components/ui/loading-status';
import { QueryError } from '@/components/ui/query-error';
import { useSession } from '@/lib/auth';
import { useCurrentCart } from '@/lib/cart';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useCheckoutTexts } from '../i18n';
import { CheckoutForm } from './checkout-form';

/** The checkout: the cart as it is now, the shopper's details, and the way to pay. */
export function CheckoutPage() {
  const { t } = useCheckoutTexts();
  const session = useSession();
  const { query } = useCurrentCart();
  useDocumentTitle(t('title'));
  const cart = query.data;

  let content;
  if (session.isLoading || (query.isPending && !query.isError)) {
    content = <LoadingStatus />;
  } else if (!cart) {
    content = <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  } else if (cart.lines.length === 0) {
    content = (
      <div className="empty-state" data-testid="checkout-empty">
        <p className="empty-state__title">{t('emptyTitle')}</p>
        <p>{t('emptyText')}</p>
        <Link to="/products" className="button button--primary">
          {t('browse')}
        </Link>
      </div>
    );
  } else {
    content = (
      <>
        {session.user ? null : (
          <p className="checkout-page__sign-in">
            {t('signInHint')}{' '}
            <Link to={`/login?next=${encodeURIComponent('/checkout')}`}>{t('signIn')}</Link>
          </p>
        )}
        {cart.readyForCheckout ? null : (
          <div className="form-alert" role="alert" data-testid="checkout-not-ready">
            <p className="form-alert__message">{t('notReady')}</p>
            <p className="form-alert__message">
              <Link to="/cart">{t('reviewCart')}</Link>
            </p>
          </div>
        )}
        {/* Keyed on the account so that signing in offers its email afresh. */}
        <CheckoutForm
          key={session.user?.id ?? 'guest'}
          cart={cart}
          initialEmail={session.user?.email ?? ''}
        />
      </>
    );
  }

  return (
    <div className="container checkout-page">
      <h1>{t('title')}</h1>
      <p className="checkout-page__intro">{t('intro')}</p>
      {content}
    </div>
  );
}
