import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Language, ProductDetail } from '@hirfa/shared';
import { apiGet } from '@/lib/api-client';
import { useLanguage } from '@/lib/i18n';

export function getProduct(
  slug: string,
  lang: Language,
  signal?: AbortSignal,
): Promise<ProductDetail> {
  return apiGet<ProductDetail>(`/products/${encodeURIComponent(slug)}`, {
    params: { lang },
    signal,
  });
}

export function productQueryOptions(slug: string, lang: Language) {
  return queryOptions({
    queryKey: ['products', 'detail', lang, slug] as const,
    queryFn: ({ signal }) => getProduct(slug, lang, signal),
  });
}

export function useProduct(slug: string) {
  const lang = useLanguage();
  return useQuery({
    ...productQueryOptions(slug, lang),
    // While the same product loads in a newly chosen language, keep the old text on screen.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[3] === slug ? previous : undefined,
  });
}
