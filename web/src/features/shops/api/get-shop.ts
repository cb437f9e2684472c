import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Language, SellerShop } from '@hirfa/shared';
import { apiGet } from '@/lib/api-client';
import { useLanguage } from '@/lib/i18n';

export function getShop(slug: string, lang: Language, signal?: AbortSignal): Promise<SellerShop> {
  return apiGet<SellerShop>(`/sellers/${encodeURIComponent(slug)}`, { params: { lang }, signal });
}

export function shopQueryOptions(slug: string, lang: Language) {
  return queryOptions({
    queryKey: ['sellers', 'detail', slug, lang] as const,
    queryFn: ({ signal }) => getShop(slug, lang, signal),
  });
}

export function useShop(slug: string) {
  const lang = useLanguage();
  return useQuery({
    ...shopQueryOptions(slug, lang),
    // While the same shop loads in a newly chosen language, keep the old text on screen.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2] === slug ? previous : undefined,
  });
}
