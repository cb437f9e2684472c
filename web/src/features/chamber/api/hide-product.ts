import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ModeratedProduct } from '@hirfa/shared';
import { apiSend } from '@/lib/api-client';
import { chamberKeys } from './keys';

export interface HideProductInput {
  id: string;
  reason: string;
}

/** Takes a product off the storefront; 409 when it is hidden already. */
export function hideProduct({ id, reason }: HideProductInput): Promise<ModeratedProduct> {
  return apiSend<ModeratedProduct>('POST', `/admin/products/${encodeURIComponent(id)}/hide`, {
    reason,
  });
}

/** Afterwards the chamber's lists and every cached storefront listing are out of date. */
export function useHideProduct() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: hideProduct,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: chamberKeys.products() });
      void queryClient.invalidateQueries({ queryKey: ['products'] });
    },
  });
}
