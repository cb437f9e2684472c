import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Order } from '@hirfa/shared';
import { apiGet } from '@/lib/api-client';

export function getOrder(id: string, signal?: AbortSignal): Promise<Order> {
  return apiGet<Order>(`/orders/${encodeURIComponent(id)}`, { signal });
}

export function orderQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['orders', 'detail', id] as const,
    queryFn: ({ signal }) => getOrder(id, signal),
    // Sellers move the order along: what the shopper sees is read afresh on each visit.
    staleTime: 0,
  });
}

/** One order, for its owner or the guest whose cart cookie placed it. */
export function useOrder(id: string) {
  return useQuery({ ...orderQueryOptions(id), enabled: id !== '' });
}
