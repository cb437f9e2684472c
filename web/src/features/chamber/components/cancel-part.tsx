import { partCancellation, type Order, type SubOrder } from '@hirfa/shared';
import { CancelWithReason } from '@/components/order-cancel/cancel-with-reason';
import { useCancelOrder } from '../api/cancel-order';
import { useChamberTexts } from '../i18n';

/**
 * Staff cancel one seller's part that has not shipped (a cash part placed or confirmed, or an
 * unpaid card order, which goes whole): a reason is asked first and kept in the history.
 * A paid card part is refunded instead, with the refund form.
 */
export function CancelPart({ order, subOrder }: { order: Order; subOrder: SubOrder }) {
  const { t } = useChamberTexts();
  const cancel = useCancelOrder();
  const seller = subOrder.seller.name;
  const allowed = partCancellation(order.paymentMethod, subOrder.status) === 'cancellable';
  const wholeOrder = order.paymentMethod === 'card' && order.subOrders.length > 1;

  return (
    <CancelWithReason
      allowed={allowed}
      mutation={{
        mutate: (reason, options) =>
          cancel.mutate({ orderId: order.id, subOrderId: subOrder.id, reason }, options),
        isPending: cancel.isPending,
        isError: cancel.isError,
        error: cancel.error,
        reset: cancel.reset,
      }}
      text={(key, values) => t(`cancelPart.${key}`, { seller, ...values })}
      openText={t('cancelPart.button')}
      openLabel={t('cancelPart.buttonLabel', { seller })}
      note={wholeOrder ? <p className="field__hint">{t('cancelPart.wholeCardOrder')}</p> : null}
      layout="inline"
      testId="cancel-part"
      classNames={{
        root: 'sub-order__actions',
        title: 'field__label',
        status: 'decision__done',
        error: 'decision__error',
        open: 'button button--danger-outline',
        form: 'reason-form',
        actions: 'reason-form__actions',
      }}
      disableWhilePending
    />
  );
}
