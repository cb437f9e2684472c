import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { AdminOrderPage, OrderStatus, PaymentMethod } from '@hirfa/shared';
import { apiGet } from '@/lib/api-client';
import { chamberKeys } from './keys';

export interface AdminOrderQuery {
  status?: OrderStatus;
  paymentMethod?: PaymentMethod;
  /** An order number, or part of the buyer's email (2 characters at least). */
  q?: string;
  page: number;
  limit: number;
}

export function getOrders(query: AdminOrderQuery, signal?: AbortSignal): Promise<AdminOrderPage> {
  return apiGet<AdminOrderPage>('/admin/orders', {
    params: {
      status: query.status,
      paymentMethod: query.paymentMethod,
      q: query.q,
      page: query.page,
      limit: query.limit,
    },
    signal,
  });
}

export function ordersQueryOptions(query: AdminOrderQuery) {
  return queryOptions({
    queryKey: chamberKeys.orderList(query),
    queryFn: ({ signal }) => getOrders(query, signal),
    // Buyers pay, sellers ship and webhooks land all the time: never fresh for long.
    staleTime: 0,
  });
}

/** Keeps the previous page on screen while another page or filter loads. */
export function useOrders(query: AdminOrderQuery) {
  return useQuery({ ...ordersQueryOptions(query), placeholderData: keepPreviousData });
}
