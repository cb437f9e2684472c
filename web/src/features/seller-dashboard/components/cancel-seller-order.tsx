import { partCancellation } from '@hirfa/shared';
import { CancelWithReason } from '@/components/order-cancel/cancel-with-reason';
import { useCancelSellerOrder } from '../api/cancel-seller-order';
import type { SellerOrderDetail } from '../api/get-seller-order';
import { useSellerTexts } from '../i18n';

/**
 * "Cancel this order" for the seller's part, offered while it has not shipped and no card
 * payment was taken (a paid part is refunded by the chamber). It asks why first: the buyer
 * reads the reason in the email that tells them.
 */
export function CancelSellerOrder({ order }: { order: SellerOrderDetail }) {
  const { t } = useSellerTexts();
  const cancel = useCancelSellerOrder(order.id);
  const allowed = partCancellation(order.paymentMethod, order.status) === 'cancellable';

  return (
    <CancelWithReason
      allowed={allowed}
      mutation={cancel}
      // The seller's pages have no separate words for a server failure: it reads as generic.
      text={(key, values) =>
        t(`cancelOrder.${key === 'errors.unavailable' ? 'errors.generic' : key}`, values)
      }
      intro={t('cancelOrder.intro')}
      openText={t('cancelOrder.open')}
      layout="section"
      testId="seller-order-cancel"
      classNames={{
        root: 'order-section order-cancel',
        title: 'order-section__title',
        status: 'seller-flash',
        error: 'order-actions__error',
        intro: 'order-hint',
        open: 'button button--danger-ghost',
        actions: 'order-actions__buttons',
      }}
    />
  );
}
