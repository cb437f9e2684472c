import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api-client';
import { sellerProductsKeys } from './get-seller-products';
import { afterProductChange } from './invalidate';

export function deleteSellerProduct(id: string): Promise<void> {
  return apiSend('DELETE', `/seller/products/${encodeURIComponent(id)}`);
}

export function useDeleteSellerProduct() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteSellerProduct,
    onSuccess: (_nothing, id) => {
      // Marked stale rather than removed: removing it under the page still showing it would
      // fetch it again, only to hear it is gone. Coming back to it later fetches (a 404).
      void queryClient.invalidateQueries({
        queryKey: sellerProductsKeys.detail(id),
        refetchType: 'none',
      });
      afterProductChange(queryClient);
    },
  });
}
