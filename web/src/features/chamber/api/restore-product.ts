import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ModeratedProduct } from '@hirfa/shared';
import { apiSend } from '@/lib/api-client';
import { chamberKeys } from './keys';

/** Puts a hidden product back on the storefront; 409 when it is not hidden. */
export function restoreProduct({ id }: { id: string }): Promise<ModeratedProduct> {
  return apiSend<ModeratedProduct>('POST', `/admin/products/${encodeURIComponent(id)}/restore`);
}

export function useRestoreProduct() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: restoreProduct,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: chamberKeys.products() });
      void queryClient.invalidateQueries({ queryKey: ['products'] });
    },
  });
}
