import type { OrderStatus } from '@hirfa/shared';
import { useSellerTexts } from '../i18n';

/** Statuses grouped by what they ask of the seller, for the badge's colour. */
function tone(status: OrderStatus): 'todo' | 'moving' | 'done' | 'stopped' {
  switch (status) {
    case 'paid':
    case 'placed':
    case 'confirmed':
    case 'accepted':
    case 'pending_payment':
      return 'todo';
    case 'shipped':
      return 'moving';
    case 'delivered':
    case 'remitted':
      return 'done';
    default:
      return 'stopped';
  }
}

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useSellerTexts();
  return (
    <span
      className={`order-badge order-badge--${tone(status)}`}
      data-testid="seller-order-status"
      data-status={status}
    >
      {t(`orderStatus.${status}`)}
    </span>
  );
}

/** An order number stays whole, and left to right inside Arabic text. */
export function OrderNumber({ number }: { number: string }) {
  return <bdi className="order-number">{number}</bdi>;
}
