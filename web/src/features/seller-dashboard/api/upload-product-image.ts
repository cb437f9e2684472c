import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SellerProduct, SellerProductImage } from '@hirfa/shared';
import { apiSend } from '@/lib/api-client';
import { sellerProductsKeys } from './get-seller-products';
import { afterProductChange } from './invalidate';

export interface PhotoUpload {
  file: File;
  alt: string;
}

export function uploadProductImage(
  productId: string,
  { file, alt }: PhotoUpload,
): Promise<SellerProductImage> {
  const body = new FormData();
  body.append('file', file);
  if (alt) body.append('alt', alt);
  return apiSend<SellerProductImage>(
    'POST',
    `/seller/products/${encodeURIComponent(productId)}/images`,
    body,
  );
}

export function useUploadProductImage(productId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (upload: PhotoUpload) => uploadProductImage(productId, upload),
    onSuccess: (image) => {
      queryClient.setQueryData<SellerProduct>(sellerProductsKeys.detail(productId), (product) =>
        product ? { ...product, images: [...product.images, image] } : product,
      );
      afterProductChange(queryClient);
    },
  });
}
