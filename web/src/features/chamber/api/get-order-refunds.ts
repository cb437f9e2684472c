import { queryOptions, useQuery } from '@tanstack/react-query';
import type { RefundOrderResponse } from '@hirfa/shared';
import { apiGet } from '@/lib/api-client';
import { chamberKeys } from './keys';

/**
 * Every refund of an order, oldest first, with its reason: those asked for by staff, and
 * those made automatically (`late_payment`) for a payment that arrived after the order was
 * cancelled. Under the order's key, so refreshing the order refreshes them too.
 */
export function getOrderRefunds(id: string, signal?: AbortSignal): Promise<RefundOrderResponse> {
  return apiGet<RefundOrderResponse>(`/admin/orders/${encodeURIComponent(id)}/refunds`, {
    signal,
  });
}

export function orderRefundsQueryOptions(id: string) {
  return queryOptions({
    queryKey: chamberKeys.orderRefunds(id),
    queryFn: ({ signal }) => getOrderRefunds(id, signal),
    staleTime: 0,
  });
}

export function useOrderRefunds(id: string, enabled: boolean) {
  return useQuery({ ...orderRefundsQueryOptions(id), enabled });
}
