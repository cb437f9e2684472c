import type { OrderPaymentStatus, OrderStatus, PayoutStatus } from '@hirfa/shared';
import { useChamberTexts } from '../i18n';

type Tone = 'neutral' | 'info' | 'ok' | 'warn' | 'danger';

const ORDER_TONES: Record<OrderStatus, Tone> = {
  pending_payment: 'neutral',
  placed: 'warn',
  paid: 'info',
  confirmed: 'info',
  accepted: 'info',
  shipped: 'info',
  delivered: 'ok',
  remitted: 'ok',
  refused: 'danger',
  returned: 'danger',
  cancelled: 'neutral',
  refunded: 'danger',
};

const PAYMENT_TONES: Record<OrderPaymentStatus, Tone> = {
  awaiting_payment: 'neutral',
  paid: 'ok',
  failed: 'danger',
  expired: 'neutral',
  cash_on_delivery: 'warn',
};

const PAYOUT_TONES: Record<PayoutStatus, Tone> = { pending: 'warn', paid: 'ok' };

function Badge({ tone, status, label }: { tone: Tone; status: string; label: string }) {
  return (
    <span className={`status-badge status-badge--${tone}`} data-status={status}>
      {label}
    </span>
  );
}

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useChamberTexts();
  return <Badge tone={ORDER_TONES[status]} status={status} label={t(`orderStatuses.${status}`)} />;
}

export function PaymentStatusBadge({ status }: { status: OrderPaymentStatus }) {
  const { t } = useChamberTexts();
  return (
    <Badge tone={PAYMENT_TONES[status]} status={status} label={t(`paymentStatuses.${status}`)} />
  );
}

export function PayoutStatusBadge({ status }: { status: PayoutStatus }) {
  const { t } = useChamberTexts();
  return (
    <Badge tone={PAYOUT_TONES[status]} status={status} label={t(`payoutStatuses.${status}`)} />
  );
}
