import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SellerProduct } from '@hirfa/shared';
import { apiSend } from '@/lib/api-client';
import { sellerProductsKeys } from './get-seller-products';
import { afterProductChange } from './invalidate';

export function deleteProductImage(productId: string, imageId: string): Promise<void> {
  return apiSend(
    'DELETE',
    `/seller/products/${encodeURIComponent(productId)}/images/${encodeURIComponent(imageId)}`,
  );
}

export function useDeleteProductImage(productId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (imageId: string) => deleteProductImage(productId, imageId),
    onSuccess: (_nothing, imageId) => {
      queryClient.setQueryData<SellerProduct>(sellerProductsKeys.detail(productId), (product) =>
        product
          ? { ...product, images: product.images.filter((image) => image.id !== imageId) }
          : product,
      );
      afterProductChange(queryClient);
    },
  });
}
