import type { OrderPaymentStatus, OrderStatus } from '@hirfa/shared';
import { useOrderTexts } from '../i18n';

export function OrderStatusBadge({ status, testId }: { status: OrderStatus; testId?: string }) {
  const { t } = useOrderTexts();
  return (
    <span
      className={`order-badge order-badge--${status}`}
      data-testid={testId}
      data-status={status}
    >
      {t(`statuses.${status}`)}
    </span>
  );
}

export function PaymentStatusBadge({
  status,
  testId,
}: {
  status: OrderPaymentStatus;
  testId?: string;
}) {
  const { t } = useOrderTexts();
  return (
    <span
      className={`order-badge order-badge--payment-${status}`}
      data-testid={testId}
      data-status={status}
    >
      {t(`paymentStatuses.${status}`)}
    </span>
  );
}
