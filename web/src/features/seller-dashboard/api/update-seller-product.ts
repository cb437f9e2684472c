import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SellerProduct, UpdateSellerProductRequest } from '@hirfa/shared';
import { apiSend } from '@/lib/api-client';
import { afterProductChange } from './invalidate';

export function updateSellerProduct(
  id: string,
  body: UpdateSellerProductRequest,
): Promise<SellerProduct> {
  return apiSend<SellerProduct>('PATCH', `/seller/products/${encodeURIComponent(id)}`, body);
}

export function useUpdateSellerProduct(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateSellerProductRequest) => updateSellerProduct(id, body),
    onSuccess: (product) => afterProductChange(queryClient, product),
  });
}
