import { queryOptions, useQuery } from '@tanstack/react-query';
import type { OrderStatusChange, SellerOrder } from '@hirfa/shared';
import { apiGet } from '@/lib/api-client';
import { sellerOrdersKeys } from './get-seller-orders';

/** The API may add the part's status history; it is shown when present. */
export type SellerOrderDetail = SellerOrder & { history?: OrderStatusChange[] };

export function getSellerOrder(id: string, signal?: AbortSignal): Promise<SellerOrderDetail> {
  return apiGet<SellerOrderDetail>(`/seller/orders/${encodeURIComponent(id)}`, { signal });
}

export function sellerOrderQueryOptions(id: string) {
  return queryOptions({
    queryKey: sellerOrdersKeys.detail(id),
    queryFn: ({ signal }) => getSellerOrder(id, signal),
    staleTime: 0,
  });
}

export function useSellerOrder(id: string) {
  return useQuery(sellerOrderQueryOptions(id));
}
