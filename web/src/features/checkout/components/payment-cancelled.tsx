import '../checkout.css';
import type { Order } from '@hirfa/shared';
import { Link } from 'wouter';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useCheckoutTexts } from '../i18n';
import { OrderNumber } from './order-number';
import { formatMoment } from '../utils/dates';

/** Where Stripe sends a buyer who left its page without paying. */
export function PaymentCancelled({ order }: { order: Order }) {
  const { t, language } = useCheckoutTexts();
  useDocumentTitle(t('cancel.title'));
  const open = order.paymentStatus === 'awaiting_payment' && order.paymentUrl !== null;
  const paid = order.paymentStatus === 'paid' || order.paymentStatus === 'cash_on_delivery';

  return (
    <div className="container notice checkout-result" data-testid="payment-cancelled">
      <h1>{t('cancel.title')}</h1>
      <p>
        <OrderNumber
          text={paid ? t('cancel.paidText') : open ? t('cancel.text') : t('cancel.closedText')}
          number={order.number}
        />
      </p>
      {open && order.paymentDueAt ? (
        <p>{t('cancel.dueAt', { date: formatMoment(order.paymentDueAt, language) })}</p>
      ) : null}
      <p className="checkout-result__actions">
        {open && order.paymentUrl ? (
          <a href={order.paymentUrl} className="button button--primary" data-testid="retry-payment">
            {t('cancel.pay')}
          </a>
        ) : null}
        <Link to={`/orders/${order.id}`} className={open ? 'button' : 'button button--primary'}>
          {t('cancel.viewOrder')}
        </Link>
        <Link to="/cart">{t('cancel.backToCart')}</Link>
      </p>
    </div>
  );
}

/** The cancel address without an order, or with one that is not the shopper's. */
export function PaymentCancelledUnknown({ missing }: { missing: boolean }) {
  const { t } = useCheckoutTexts();
  const title = missing ? t('cancel.missingTitle') : t('cancel.notFoundTitle');
  useDocumentTitle(title);
  return (
    <div className="container notice checkout-result">
      <h1>{title}</h1>
      <p>{missing ? t('cancel.missingText') : t('cancel.notFoundText')}</p>
      <p className="checkout-result__actions">
        <Link to="/cart" className="button button--primary">
          {t('cancel.backToCart')}
        </Link>
      </p>
    </div>
  );
}
