import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { OrderPage } from '@hirfa/shared';
import { apiGet } from '@/lib/api-client';

export const ORDERS_PAGE_SIZE = 10;

export function getOrders(page: number, signal?: AbortSignal): Promise<OrderPage> {
  return apiGet<OrderPage>('/orders', { params: { page, limit: ORDERS_PAGE_SIZE }, signal });
}

export function ordersQueryOptions(page: number) {
  return queryOptions({
    queryKey: ['orders', 'list', page] as const,
    queryFn: ({ signal }) => getOrders(page, signal),
    staleTime: 0,
  });
}

/** The signed-in shopper's orders, newest first. */
export function useOrders(page: number) {
  return useQuery({ ...ordersQueryOptions(page), placeholderData: keepPreviousData });
}
