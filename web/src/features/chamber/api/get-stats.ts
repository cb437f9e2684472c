import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ChamberStats } from '@hirfa/shared';
import { apiGet } from '@/lib/api-client';
import { chamberKeys } from './keys';

export function getStats(signal?: AbortSignal): Promise<ChamberStats> {
  return apiGet<ChamberStats>('/admin/stats', { signal });
}

export function statsQueryOptions() {
  return queryOptions({
    queryKey: chamberKeys.stats(),
    queryFn: ({ signal }) => getStats(signal),
  });
}

export function useStats() {
  return useQuery(statsQueryOptions());
}
