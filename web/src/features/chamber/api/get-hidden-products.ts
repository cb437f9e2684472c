import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ChamberProductListItem, Language, Page } from '@hirfa/shared';
import { apiGet } from '@/lib/api-client';
import { useLanguage } from '@/lib/i18n';
import { chamberKeys } from './keys';

export const HIDDEN_PRODUCTS_PAGE_SIZE = 20;

/** Products the chamber has hidden, with titles in the reader's language where written. */
export function getHiddenProducts(
  page: number,
  lang: Language,
  signal?: AbortSignal,
): Promise<Page<ChamberProductListItem>> {
  return apiGet<Page<ChamberProductListItem>>('/admin/products', {
    params: { hidden: 'true', page, limit: HIDDEN_PRODUCTS_PAGE_SIZE, lang },
    signal,
  });
}

export function hiddenProductsQueryOptions(page: number, lang: Language) {
  return queryOptions({
    queryKey: [...chamberKeys.hiddenProducts(page), lang] as const,
    queryFn: ({ signal }) => getHiddenProducts(page, lang, signal),
  });
}

export function useHiddenProducts(page: number) {
  const lang = useLanguage();
  return useQuery({ ...hiddenProductsQueryOptions(page, lang), placeholderData: keepPreviousData });
}
