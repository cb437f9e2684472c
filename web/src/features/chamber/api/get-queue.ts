import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { SellerApplicationQueue, SellerApplicationQueueQuery } from '@hirfa/shared';
import { apiGet } from '@/lib/api-client';
import { chamberKeys } from './keys';

export function getQueue(
  query: SellerApplicationQueueQuery,
  signal?: AbortSignal,
): Promise<SellerApplicationQueue> {
  return apiGet<SellerApplicationQueue>('/admin/seller-applications', {
    params: {
      status: query.status,
      province: query.province,
      craft: query.craft,
      kind: query.kind,
      q: query.q,
      page: query.page,
      limit: query.limit,
    },
    signal,
  });
}

export function queueQueryOptions(query: SellerApplicationQueueQuery) {
  return queryOptions({
    queryKey: chamberKeys.queue(query),
    queryFn: ({ signal }) => getQueue(query, signal),
    // Other staff members decide too: a queue is never fresh for long.
    staleTime: 0,
  });
}

/** Keeps the previous page on screen while another page or filter loads. */
export function useQueue(query: SellerApplicationQueueQuery) {
  return useQuery({ ...queueQueryOptions(query), placeholderData: keepPreviousData });
}
