import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SellerApplicationDetail } from '@hirfa/shared';
import { apiGet } from '@/lib/api-client';
import { chamberKeys } from './keys';

export function getApplication(id: string, signal?: AbortSignal): Promise<SellerApplicationDetail> {
  return apiGet<SellerApplicationDetail>(`/admin/seller-applications/${encodeURIComponent(id)}`, {
    signal,
  });
}

export function applicationQueryOptions(id: string) {
  return queryOptions({
    queryKey: chamberKeys.application(id),
    queryFn: ({ signal }) => getApplication(id, signal),
    staleTime: 0,
  });
}

export function useApplication(id: string) {
  return useQuery(applicationQueryOptions(id));
}
