import { orderCancellation, type Order } from '@hirfa/shared';
import { CancelWithReason } from '@/components/order-cancel/cancel-with-reason';
import { useCancelOrder } from '../api/cancel-order';
import { useOrderTexts } from '../i18n';

/**
 * The buyer's "Cancel the order", offered only while every part still open can be cancelled
 * (nothing shipped, nothing paid by card); it asks why before anything is sent.
 */
export function CancelOrder({ order }: { order: Order }) {
  const { t } = useOrderTexts();
  const cancel = useCancelOrder(order.id);
  const allowed =
    orderCancellation(
      order.paymentMethod,
      order.subOrders.map((part) => part.status),
    ) === 'cancellable';

  return (
    <CancelWithReason
      allowed={allowed}
      mutation={cancel}
      text={(key, values) => t(`cancel.${key}`, values)}
      intro={t('cancel.intro')}
      openText={t('cancel.open')}
      layout="section"
      testId="order-cancel"
      classNames={{
        root: 'order-cancel',
        error: 'order-cancel__error',
        open: 'button button--danger-outline',
        form: 'order-cancel__form',
        actions: 'order-cancel__actions',
      }}
    />
  );
}
