import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { DEFAULT_PAGE_SIZE, type Language, type ProductPage } from '@hirfa/shared';
import { apiGet } from '@/lib/api-client';
import { useLanguage } from '@/lib/i18n';

export interface ShopProductsQuery {
  seller: string;
  page: number;
  limit: number;
}

export const shopProductsQuery = (seller: string, page: number): ShopProductsQuery => ({
  seller,
  page,
  limit: DEFAULT_PAGE_SIZE,
});

export function getShopProducts(
  query: ShopProductsQuery,
  lang: Language,
  signal?: AbortSignal,
): Promise<ProductPage> {
  return apiGet<ProductPage>('/products', {
    params: { seller: query.seller, page: query.page, limit: query.limit, lang },
    signal,
  });
}

export function shopProductsQueryOptions(query: ShopProductsQuery, lang: Language) {
  return queryOptions({
    // Under the catalogue's 'products' lists, so that anything refreshing those refreshes this.
    queryKey: ['products', 'list', lang, query] as const,
    queryFn: ({ signal }) => getShopProducts(query, lang, signal),
  });
}

export function useShopProducts(query: ShopProductsQuery) {
  const lang = useLanguage();
  return useQuery({
    ...shopProductsQueryOptions(query, lang),
    placeholderData: keepPreviousData,
  });
}
