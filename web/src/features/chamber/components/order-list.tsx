import { Link } from 'wouter';
import type { AdminOrderSummary } from '@hirfa/shared';
import { Money } from '@/components/money';
import { SlottedText } from '@/components/ui/slotted-text';
import { useChamberTexts } from '../i18n';
import { formatMoment } from '../utils/dates';
import { OrderStatusBadge, PaymentStatusBadge } from './order-badges';

export function OrderList({
  items,
  busy = false,
}: {
  items: readonly AdminOrderSummary[];
  busy?: boolean;
}) {
  const { t, language } = useChamberTexts();
  return (
    <ul className="queue-list" aria-busy={busy || undefined}>
      {items.map((order) => (
        <li key={order.id} className="queue-row order-row" data-testid="admin-order-row">
          <div className="queue-row__head">
            <h3 className="queue-row__name">
              <Link to={`/chamber/orders/${encodeURIComponent(order.id)}`}>
                <bdi>{order.number}</bdi>
              </Link>
            </h3>
            <Money value={order.total} className="order-row__total" />
          </div>
          <p className="queue-row__meta">
            <time dateTime={order.createdAt}>
              {t('orders.placedOn', { date: formatMoment(order.createdAt, language) })}
            </time>{' '}
            · <bdi className="queue-row__email">{order.email}</bdi>
          </p>
          <p className="order-row__payment">
            <span>{t(`paymentMethods.${order.paymentMethod}`)}</span>
            <PaymentStatusBadge status={order.paymentStatus} />
          </p>
          <ul className="order-row__sellers" aria-label={t('orders.sellers')}>
            {order.subOrders.map((subOrder) => (
              <li key={subOrder.id} className="order-row__seller">
                <span>{subOrder.seller.name}</span>
                <OrderStatusBadge status={subOrder.status} />
                {subOrder.refunded.amount > 0 ? (
                  <span className="muted">
                    <SlottedText
                      text={t('orders.refunded')}
                      slots={{ amount: <Money value={subOrder.refunded} /> }}
                    />
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
