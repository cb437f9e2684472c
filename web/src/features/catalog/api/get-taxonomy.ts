import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Taxonomy } from '@hirfa/shared';
import { apiGet } from '@/lib/api-client';
import { REFERENCE_TAXONOMY } from '../utils/reference-taxonomy';

export function getTaxonomy(signal?: AbortSignal): Promise<Taxonomy> {
  return apiGet<Taxonomy>('/taxonomy', { signal });
}

export function taxonomyQueryOptions() {
  return queryOptions({
    queryKey: ['taxonomy'] as const,
    queryFn: ({ signal }) => getTaxonomy(signal),
    // Names change rarely; one fetch per visit is plenty.
    staleTime: 60 * 60_000,
  });
}

/**
 * The API's taxonomy, with the reference lists shipped in @hirfa/shared standing in while it
 * loads or when it fails, so filters and names are never empty.
 */
export function useTaxonomy(): Taxonomy {
  const { data } = useQuery(taxonomyQueryOptions());
  return data ?? REFERENCE_TAXONOMY;
}
