import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Order } from '@hirfa/shared';
import { apiGet } from '@/lib/api-client';
import { chamberKeys } from './keys';

/** How often an order with a refund awaiting Stripe's confirmation is read again. */
export const REFUND_POLL_MS = 4000;

export function getOrder(id: string, signal?: AbortSignal): Promise<Order> {
  return apiGet<Order>(`/admin/orders/${encodeURIComponent(id)}`, { signal });
}

export function orderQueryOptions(id: string) {
  return queryOptions({
    queryKey: chamberKeys.order(id),
    queryFn: ({ signal }) => getOrder(id, signal),
    staleTime: 0,
  });
}

export function useOrder(id: string) {
  return useQuery(orderQueryOptions(id));
}

/**
 * Reads the order again every few seconds while `active`: a refund is confirmed by Stripe's
 * webhook, after the request was answered, and only then does the refunded amount grow.
 * The page's own query already holds the order, so mounting this does not fetch it again.
 */
export function useOrderPolling(id: string, active: boolean) {
  useQuery({
    ...orderQueryOptions(id),
    refetchInterval: active ? REFUND_POLL_MS : false,
    refetchOnMount: false,
    notifyOnChangeProps: [],
  });
}
