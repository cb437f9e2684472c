import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AdminCancelOrderRequest, Order } from '@hirfa/shared';
import { apiSend } from '@/lib/api-client';
import { chamberKeys } from './keys';

export interface CancelOrderInput {
  orderId: string;
  /** One seller's part; an unpaid card order is cancelled whole whatever the part. */
  subOrderId: string;
  reason: string;
}

/** Staff cancel a part that has not shipped: its stock comes back, buyer and seller are told. */
export function cancelOrder({ orderId, subOrderId, reason }: CancelOrderInput): Promise<Order> {
  const body: AdminCancelOrderRequest = { reason, subOrderId };
  return apiSend<Order>('POST', `/admin/orders/${encodeURIComponent(orderId)}/cancel`, body);
}

export function useCancelOrder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelOrder,
    onSuccess: (order) => {
      queryClient.setQueryData(chamberKeys.order(order.id), order);
    },
    onError: (_, input) => {
      // Refused because the order moved meanwhile: show what it is now.
      void queryClient.invalidateQueries({ queryKey: chamberKeys.order(input.orderId) });
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: chamberKeys.orderLists() });
    },
  });
}
