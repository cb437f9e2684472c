import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Language, ProductListQuery, ProductPage } from '@hirfa/shared';
import { apiGet } from '@/lib/api-client';
import { useLanguage } from '@/lib/i18n';

/** What the home page shows: the eight latest pieces. */
export const NEWEST_PRODUCTS_QUERY: ProductListQuery = { limit: 8, sort: 'newest' };

export function getProducts(
  query: ProductListQuery,
  lang: Language,
  signal?: AbortSignal,
): Promise<ProductPage> {
  return apiGet<ProductPage>('/products', {
    params: {
      page: query.page,
      limit: query.limit,
      q: query.q,
      province: query.province,
      craft: query.craft,
      category: query.category,
      minPrice: query.minPrice,
      maxPrice: query.maxPrice,
      sort: query.sort,
      lang,
    },
    signal,
  });
}

export const productsKeys = {
  all: ['products'] as const,
  lists: () => [...productsKeys.all, 'list'] as const,
  list: (query: ProductListQuery, lang: Language) =>
    [...productsKeys.lists(), lang, query] as const,
};

export function productsQueryOptions(query: ProductListQuery, lang: Language) {
  return queryOptions({
    queryKey: productsKeys.list(query, lang),
    queryFn: ({ signal }) => getProducts(query, lang, signal),
  });
}

/** Keeps the previous page on screen while the next one loads, so pagination does not flash. */
export function useProducts(query: ProductListQuery, options: { keepPrevious?: boolean } = {}) {
  const lang = useLanguage();
  return useQuery({
    ...productsQueryOptions(query, lang),
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
  });
}
