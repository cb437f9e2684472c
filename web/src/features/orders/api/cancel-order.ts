import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CancelOrderRequest, Order } from '@hirfa/shared';
import { apiSend } from '@/lib/api-client';
import { orderQueryOptions } from './get-order';

/** The buyer (or the guest whose cart cookie placed it) cancels every part not yet shipped. */
export function cancelOrder(id: string, body: CancelOrderRequest): Promise<Order> {
  return apiSend<Order>('POST', `/orders/${encodeURIComponent(id)}/cancel`, body);
}

export function useCancelOrder(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => cancelOrder(id, { reason }),
    onSuccess: (order) => {
      queryClient.setQueryData(orderQueryOptions(id).queryKey, order);
      void queryClient.invalidateQueries({ queryKey: ['orders', 'list'] });
      // The pieces are for sale again.
      void queryClient.invalidateQueries({ queryKey: ['products'] });
    },
    onError: () => {
      // Refused because the order moved meanwhile: show what it is now.
      void queryClient.invalidateQueries({ queryKey: orderQueryOptions(id).queryKey });
    },
  });
}
