import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { SellerProductListQuery, SellerProductPage } from '@hirfa/shared';
import { apiGet } from '@/lib/api-client';

export const SELLER_PRODUCTS_PAGE_SIZE = 20;

export const sellerProductsKeys = {
  all: ['seller-products'] as const,
  lists: () => [...sellerProductsKeys.all, 'list'] as const,
  list: (query: SellerProductListQuery) => [...sellerProductsKeys.lists(), query] as const,
  detail: (id: string) => [...sellerProductsKeys.all, 'detail', id] as const,
};

export function getSellerProducts(
  query: SellerProductListQuery,
  signal?: AbortSignal,
): Promise<SellerProductPage> {
  return apiGet<SellerProductPage>('/seller/products', {
    params: {
      page: query.page,
      limit: query.limit,
      visible: query.visible === undefined ? undefined : String(query.visible),
      q: query.q,
    },
    signal,
  });
}

export function sellerProductsQueryOptions(query: SellerProductListQuery) {
  return queryOptions({
    queryKey: sellerProductsKeys.list(query),
    queryFn: ({ signal }) => getSellerProducts(query, signal),
    // The seller's own list changes under their hands: always check it on return.
    staleTime: 0,
  });
}

/** Keeps the previous page on screen while the next one (or a search) loads. */
export function useSellerProducts(query: SellerProductListQuery) {
  return useQuery({ ...sellerProductsQueryOptions(query), placeholderData: keepPreviousData });
}
