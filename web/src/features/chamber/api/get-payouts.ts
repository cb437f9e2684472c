import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { PayoutPage, PayoutStatus } from '@hirfa/shared';
import { apiGet } from '@/lib/api-client';
import { chamberKeys } from './keys';

export interface PayoutQuery {
  status?: PayoutStatus;
  page: number;
  limit: number;
}

export function getPayouts(query: PayoutQuery, signal?: AbortSignal): Promise<PayoutPage> {
  return apiGet<PayoutPage>('/admin/payouts', {
    params: { status: query.status, page: query.page, limit: query.limit },
    signal,
  });
}

export function payoutsQueryOptions(query: PayoutQuery) {
  return queryOptions({
    queryKey: chamberKeys.payoutList(query),
    queryFn: ({ signal }) => getPayouts(query, signal),
    staleTime: 0,
  });
}

export function usePayouts(query: PayoutQuery) {
  return useQuery({ ...payoutsQueryOptions(query), placeholderData: keepPreviousData });
}
