import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { SellerLedger } from '@hirfa/shared';
import { apiGet } from '@/lib/api-client';

export const SELLER_LEDGER_PAGE_SIZE = 20;

export interface SellerLedgerQuery {
  page: number;
  limit: number;
}

export const sellerLedgerKeys = {
  all: ['seller-ledger'] as const,
  page: (query: SellerLedgerQuery) => [...sellerLedgerKeys.all, query] as const,
};

export function getSellerLedger(
  query: SellerLedgerQuery,
  signal?: AbortSignal,
): Promise<SellerLedger> {
  return apiGet<SellerLedger>('/seller/ledger', {
    params: { page: query.page, limit: query.limit },
    signal,
  });
}

export function sellerLedgerQueryOptions(query: SellerLedgerQuery) {
  return queryOptions({
    queryKey: sellerLedgerKeys.page(query),
    queryFn: ({ signal }) => getSellerLedger(query, signal),
    staleTime: 0,
  });
}

export function useSellerLedger(query: SellerLedgerQuery) {
  return useQuery({ ...sellerLedgerQueryOptions(query), placeholderData: keepPreviousData });
}
