import { queryOptions, useQuery } from '@tanstack/react-query';
import { CRAFTS, PROVINCES, type Taxonomy } from '@hirfa/shared';
import { apiGet } from '@/lib/api-client';

export function getTaxonomy(signal?: AbortSignal): Promise<Taxonomy> {
  return apiGet<Taxonomy>('/taxonomy', { signal });
}

/** The same key as the storefront's, so a taxonomy already fetched is reused. */
export function taxonomyQueryOptions() {
  return queryOptions({
    queryKey: ['taxonomy'] as const,
    queryFn: ({ signal }) => getTaxonomy(signal),
    staleTime: 60 * 60_000,
  });
}

/** The reference lists of @hirfa/shared, shown until (or unless) the API answers. */
const REFERENCE: Pick<Taxonomy, 'provinces' | 'crafts'> = {
  provinces: PROVINCES.map((province) => ({ slug: province.code, name: province.name })),
  crafts: CRAFTS.map((craft) => ({ slug: craft.slug, name: craft.name })),
};

/** Province and craft names for the shop page. */
export function useShopTaxonomy(): Pick<Taxonomy, 'provinces' | 'crafts'> {
  return useQuery(taxonomyQueryOptions()).data ?? REFERENCE;
}
