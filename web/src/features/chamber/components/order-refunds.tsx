import { useId } from 'react';
import type { Order } from '@hirfa/shared';
import { Money } from '@/components/money';
import { useOrderRefunds } from '../api/get-order-refunds';
import { useChamberTexts } from '../i18n';
import { formatMoment } from '../utils/dates';

/** The reason the API gives to refunds it made by itself for a payment that came too late. */
export const LATE_PAYMENT_REASON = 'late_payment';

/**
 * Every refund of a card order as the API records it, with its status and reason; a payment
 * that arrived after the order was cancelled shows here as refunded automatically.
 */
export function OrderRefunds({ order }: { order: Order }) {
  const { t, language } = useChamberTexts();
  const headingId = useId();
  const refunds = useOrderRefunds(order.id, order.paymentMethod === 'card');
  const items = refunds.data?.refunds ?? [];
  if (items.length === 0) return null;
  const sellerOf = (subOrderId: string) =>
    order.subOrders.find((subOrder) => subOrder.id === subOrderId)?.seller.name ?? '';

  return (
    <section className="panel" aria-labelledby={headingId} data-testid="order-refunds">
      <h2 id={headingId}>{t('orderRefunds.title')}</h2>
      <ul className="plain-list refund-statuses">
        {items.map((refund) => (
          <li
            key={refund.id}
            className={`refund-status refund-status--${refund.status}`}
            data-testid="order-refund"
            data-status={refund.status}
          >
            <p>
              <Money value={refund.amount} /> · <bdi>{sellerOf(refund.subOrderId)}</bdi> ·{' '}
              {t(`orderRefunds.status.${refund.status}`)}
            </p>
            <p className="field__hint">
              {refund.reason === LATE_PAYMENT_REASON ? (
                <strong>{t('orderRefunds.latePayment')}</strong>
              ) : refund.reason ? (
                <span dir="auto">{refund.reason}</span>
              ) : null}{' '}
              <time dateTime={refund.createdAt}>{formatMoment(refund.createdAt, language)}</time>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
