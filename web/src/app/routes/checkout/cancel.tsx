import { LoadingStatus } from '@/components/ui/loading-status';
import { QueryError } from '@/components/ui/query-error';
import {
  PaymentCancelled,
  PaymentCancelledUnknown,
} from '@/features/checkout/components/payment-cancelled';
import { useOrder } from '@/features/orders/api/get-order';
import { isApiError } from '@/lib/api-client';
import { useSearchParams } from '@/lib/search-params';

/** Stripe's cancel address: the order (read by the orders feature), and the way back to pay. */
export function CheckoutCancelRoute() {
  const orderId = useSearchParams().get('order') ?? '';
  const order = useOrder(orderId);

  if (!orderId) return <PaymentCancelledUnknown missing />;
  if (order.isError && isApiError(order.error) && order.error.isNotFound) {
    return <PaymentCancelledUnknown missing={false} />;
  }
  if (!order.data) {
    return (
      <div className="container notice">
        {order.isError && !order.isFetching ? (
          <QueryError error={order.error} onRetry={() => void order.refetch()} />
        ) : (
          <LoadingStatus />
        )}
      </div>
    );
  }
  return <PaymentCancelled order={order.data} />;
}
