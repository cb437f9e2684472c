import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Language, ProductPage } from '@hirfa/shared';
import { apiGet } from '@/lib/api-client';
import { useLanguage } from '@/lib/i18n';
import { chamberKeys } from './keys';

export const PRODUCT_SEARCH_PAGE_SIZE = 20;

/** The storefront's search: what shoppers can see, which is what staff may need to hide. */
export function searchProducts(
  q: string,
  lang: Language,
  signal?: AbortSignal,
): Promise<ProductPage> {
  return apiGet<ProductPage>('/products', {
    params: { q, lang, limit: PRODUCT_SEARCH_PAGE_SIZE },
    signal,
  });
}

export function productSearchQueryOptions(q: string, lang: Language) {
  return queryOptions({
    queryKey: [...chamberKeys.productSearch(q), lang] as const,
    queryFn: ({ signal }) => searchProducts(q, lang, signal),
    staleTime: 0,
  });
}

/** Runs only once something has been typed. */
export function useProductSearch(q: string) {
  const lang = useLanguage();
  return useQuery({ ...productSearchQueryOptions(q, lang), enabled: q !== '' });
}
