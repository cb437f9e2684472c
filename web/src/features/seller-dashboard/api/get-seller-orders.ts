import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { OrderStatus, SellerOrderPage } from '@hirfa/shared';
import { apiGet } from '@/lib/api-client';

export const SELLER_ORDERS_PAGE_SIZE = 20;

export interface SellerOrderListQuery {
  page: number;
  limit: number;
  status?: OrderStatus;
}

export const sellerOrdersKeys = {
  all: ['seller-orders'] as const,
  lists: () => [...sellerOrdersKeys.all, 'list'] as const,
  list: (query: SellerOrderListQuery) => [...sellerOrdersKeys.lists(), query] as const,
  detail: (id: string) => [...sellerOrdersKeys.all, 'detail', id] as const,
};

export function getSellerOrders(
  query: SellerOrderListQuery,
  signal?: AbortSignal,
): Promise<SellerOrderPage> {
  return apiGet<SellerOrderPage>('/seller/orders', {
    params: { status: query.status, page: query.page, limit: query.limit },
    signal,
  });
}

export function sellerOrdersQueryOptions(query: SellerOrderListQuery) {
  return queryOptions({
    queryKey: sellerOrdersKeys.list(query),
    queryFn: ({ signal }) => getSellerOrders(query, signal),
    // New orders arrive at any time: always check on return.
    staleTime: 0,
  });
}

/** Keeps the previous page on screen while the next one (or another filter) loads. */
export function useSellerOrders(query: SellerOrderListQuery) {
  return useQuery({ ...sellerOrdersQueryOptions(query), placeholderData: keepPreviousData });
}
