import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Taxonomy } from '@hirfa/shared';
import { apiGet } from '@/lib/api-client';
import { REFERENCE_PROVINCES } from '../utils/reference-provinces';

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

/** The full reference lists of @hirfa/shared, downloaded only when the API cannot be reached. */
function referenceTaxonomyQueryOptions() {
  return queryOptions({
    queryKey: ['reference-taxonomy'] as const,
    queryFn: () => import('../utils/reference-taxonomy').then((m) => m.REFERENCE_TAXONOMY),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

/** While the API answers: provinces are known from the bundle, crafts and categories are not. */
const WHILE_LOADING: Taxonomy = { provinces: REFERENCE_PROVINCES, crafts: [], categories: [] };

/**
 * The API's taxonomy. Until it arrives, province names come from the bundle; when it fails,
 * the reference lists of @hirfa/shared stand in, so filters and names are never left empty.
 */
export function useTaxonomy(): Taxonomy {
  const api = useQuery(taxonomyQueryOptions());
  const failed = api.isError && !api.data;
  const reference = useQuery({ ...referenceTaxonomyQueryOptions(), enabled: failed });
  return api.data ?? (failed ? reference.data : undefined) ?? WHILE_LOADING;
}
