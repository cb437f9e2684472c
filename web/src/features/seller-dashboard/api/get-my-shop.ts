import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SellerApplication } from '@hirfa/shared';
import { apiGet } from '@/lib/api-client';

/** The seller's own application: the shop's kind, name, craft, slug and cooperative members. */
export function getMyShop(signal?: AbortSignal): Promise<SellerApplication> {
  return apiGet<SellerApplication>('/seller-applications/mine', { signal });
}

export function myShopQueryOptions() {
  return queryOptions({
    queryKey: ['seller-applications', 'mine'] as const,
    queryFn: ({ signal }) => getMyShop(signal),
    staleTime: 5 * 60_000,
  });
}

export function useMyShop() {
  return useQuery(myShopQueryOptions());
}
