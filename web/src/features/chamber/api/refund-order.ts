import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RefundOrderRequest, RefundOrderResponse } from '@hirfa/shared';
import { apiSend } from '@/lib/api-client';
import { chamberKeys } from './keys';

export interface RefundOrderInput extends RefundOrderRequest {
  orderId: string;
}

/**
 * Asks Stripe to refund a card order, whole or one seller's part. The API answers 202 with the
 * refunds, pending until Stripe confirms (also when Stripe's answer was lost: asking again
 * then settles and returns that refund). 409 when nothing is left to refund, 422 for an
 * unpaid or cash order, too large an amount, or `refund.refused_by_stripe`.
 */
export function refundOrder({ orderId, ...body }: RefundOrderInput): Promise<RefundOrderResponse> {
  return apiSend<RefundOrderResponse>(
    'POST',
    `/admin/orders/${encodeURIComponent(orderId)}/refund`,
    body,
  );
}

export function useRefundOrder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: refundOrder,
    onSettled: (_data, _error, input) => {
      void queryClient.invalidateQueries({ queryKey: chamberKeys.order(input.orderId) });
      void queryClient.invalidateQueries({ queryKey: chamberKeys.orderLists() });
    },
  });
}
