import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SellerProduct } from '@hirfa/shared';
import { apiGet } from '@/lib/api-client';
import { sellerProductsKeys } from './get-seller-products';

export function getSellerProduct(id: string, signal?: AbortSignal): Promise<SellerProduct> {
  return apiGet<SellerProduct>(`/seller/products/${encodeURIComponent(id)}`, { signal });
}

export function sellerProductQueryOptions(id: string) {
  return queryOptions({
    queryKey: sellerProductsKeys.detail(id),
    queryFn: ({ signal }) => getSellerProduct(id, signal),
  });
}

export function useSellerProduct(id: string) {
  return useQuery(sellerProductQueryOptions(id));
}
