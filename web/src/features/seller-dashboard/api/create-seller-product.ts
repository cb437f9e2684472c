import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateSellerProductRequest, SellerProduct } from '@hirfa/shared';
import { apiSend } from '@/lib/api-client';
import { afterProductChange } from './invalidate';

export function createSellerProduct(body: CreateSellerProductRequest): Promise<SellerProduct> {
  return apiSend<SellerProduct>('POST', '/seller/products', body);
}

export function useCreateSellerProduct() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSellerProduct,
    onSuccess: (product) => afterProductChange(queryClient, product),
  });
}
