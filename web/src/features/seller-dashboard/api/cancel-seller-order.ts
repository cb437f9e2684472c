import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CancelOrderRequest } from '@hirfa/shared';
import { apiSend } from '@/lib/api-client';
import type { SellerOrderDetail } from './get-seller-order';
import { sellerOrdersKeys } from './get-seller-orders';
import { sellerProductsKeys } from './get-seller-products';

/** The seller cancels their part of an order that has not shipped (`POST …/:id/cancel`). */
export function cancelSellerOrder(
  id: string,
  body: CancelOrderRequest,
): Promise<SellerOrderDetail> {
  return apiSend<SellerOrderDetail>(
    'POST',
    `/seller/orders/${encodeURIComponent(id)}/cancel`,
    body,
  );
}

export function useCancelSellerOrder(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => cancelSellerOrder(id, { reason }),
    onSuccess: (order) => {
      queryClient.setQueryData(sellerOrdersKeys.detail(id), order);
      void queryClient.invalidateQueries({ queryKey: sellerOrdersKeys.lists() });
      // The pieces are back in stock and on sale.
      void queryClient.invalidateQueries({ queryKey: sellerProductsKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['products'] });
    },
    onError: () => {
      // Refused because the order moved meanwhile: show what it is now.
      void queryClient.invalidateQueries({ queryKey: sellerOrdersKeys.detail(id) });
    },
  });
}
