import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SellerApplication } from '@hirfa/shared';
import { apiGet, isApiError } from '@/lib/api-client';

export const MY_APPLICATION_QUERY_KEY = ['seller-application', 'mine'] as const;

/** The caller's application, or null when they have not applied (the API answers 404). */
export async function getMyApplication(signal?: AbortSignal): Promise<SellerApplication | null> {
  try {
    return await apiGet<SellerApplication>('/seller-applications/mine', { signal });
  } catch (error) {
    if (isApiError(error) && error.isNotFound) return null;
    throw error;
  }
}

export function myApplicationQueryOptions() {
  return queryOptions({
    queryKey: MY_APPLICATION_QUERY_KEY,
    queryFn: ({ signal }) => getMyApplication(signal),
    // The chamber's decision can come at any time: check again whenever the page is opened.
    staleTime: 0,
  });
}

export function useMyApplication() {
  return useQuery(myApplicationQueryOptions());
}
